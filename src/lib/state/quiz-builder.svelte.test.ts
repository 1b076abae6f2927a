import { describe, expect, it } from 'vitest';
import { limitKey, parseLimitKey } from './quiz-builder.svelte';

describe('time-limit keys of the builder', () => {
	it('round-trip a limit, and refuse anything else', () => {
		expect(parseLimitKey(limitKey({ kind: 'perQuestion', ms: 30_000 }))).toEqual({
			kind: 'perQuestion',
			ms: 30_000
		});
		expect(parseLimitKey('weekly:5')).toBeNull();
		expect(parseLimitKey('total:abc')).toBeNull();
	});
});
