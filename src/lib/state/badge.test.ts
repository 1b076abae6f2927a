import { describe, expect, it } from 'vitest';
import { showDueBadge, type BadgeNavigator } from './badge';

function fakeNavigator(fail = false) {
	const calls: string[] = [];
	const nav: BadgeNavigator = {
		setAppBadge: (n?: number) => {
			calls.push(`set ${n}`);
			return fail ? Promise.reject(new DOMException('no', 'NotAllowedError')) : Promise.resolve();
		},
		clearAppBadge: () => {
			calls.push('clear');
			return Promise.resolve();
		}
	};
	return { nav, calls };
}

describe('showDueBadge', () => {
	it('sets the count, and clears the badge at 0', async () => {
		const { nav, calls } = fakeNavigator();
		expect(await showDueBadge(12, nav)).toBe(true);
		expect(await showDueBadge(0, nav)).toBe(true);
		expect(calls).toEqual(['set 12', 'clear']);
	});

	it('does nothing without the Badging API and never throws when it is refused', async () => {
		expect(await showDueBadge(3, {})).toBe(false);
		expect(await showDueBadge(3, undefined)).toBe(false);
		const { nav, calls } = fakeNavigator(true);
		expect(await showDueBadge(3, nav)).toBe(false);
		expect(calls).toEqual(['set 3']);
	});
});
