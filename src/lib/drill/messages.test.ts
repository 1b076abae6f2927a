/**
 * Korean drill messages never put a particle that depends on the last sound (이/가, 을/를, 은/는,
 * 와/과, (으)로 …) right after a parameter: a parameter is command text (`docker`, `-G`, `curl`),
 * whose reading the renderer cannot know, so the message puts a Korean noun after it
 * (`{program} 명령은`, `{groups} 그룹만`) or a colon before it.
 */
import { describe, expect, it } from 'vitest';
import ko from '../../../messages/ko.json';

const PARTICLE_AFTER_PARAM =
	/\}(?:\((?:으|이)\)|이\(가\)|을\(를\)|은\(는\)|와\(과\)|가|이|을|를|은|는|로|으로|와|과|이나|라|이라)(?![가-힣])/;

describe('Korean drill messages', () => {
	const drill = Object.entries(ko as Record<string, string>).filter(([k]) =>
		k.startsWith('drill_')
	);

	it('are checked', () => {
		expect(drill.length).toBeGreaterThan(300);
	});

	it('never attach a sound-dependent particle to a parameter', () => {
		const offenders = drill.filter(([, text]) => PARTICLE_AFTER_PARAM.test(text)).map(([k]) => k);
		expect(offenders).toEqual([]);
	});
});
