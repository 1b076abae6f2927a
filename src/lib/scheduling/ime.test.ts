import { describe, expect, it } from 'vitest';
import {
	createImeSubmitGuard,
	isCandidateImeText,
	type ImeAction,
	type ImeSubmitGuard
} from './ime';
import { compareTypedAnswer } from './typein';

/** A scripted DOM event sequence, replayed against a guard. */
type Ev =
	| { type: 'compositionstart' }
	| { type: 'compositionend'; value: string; data?: string }
	| { type: 'keydown'; key: string; keyCode: number; isComposing: boolean; repeat?: boolean };

/** Replay events on a field holding `initial`; returns the field value at each submit. */
function replay(guard: ImeSubmitGuard, events: Ev[], initial = ''): string[] {
	const submits: string[] = [];
	let value = initial;
	for (const ev of events) {
		let action: ImeAction | undefined;
		if (ev.type === 'compositionstart') guard.onCompositionStart();
		else if (ev.type === 'compositionend') {
			value = ev.value;
			action = guard.onCompositionEnd(ev.value, ev.data);
		} else action = guard.onKeyDown(ev);
		if (action === 'submit') submits.push(value);
	}
	return submits;
}

const key = (k: string, keyCode: number, isComposing: boolean): Ev => ({
	type: 'keydown',
	key: k,
	keyCode,
	isComposing
});
const start: Ev = { type: 'compositionstart' };
const end = (value: string, data?: string): Ev => ({ type: 'compositionend', value, data });

describe('createImeSubmitGuard', () => {
	it('C01: Android — keydown 229 throughout, compositionend("연락처"), Enter → exactly one submit', () => {
		const guard = createImeSubmitGuard();
		const submits = replay(guard, [
			start,
			key('Unidentified', 229, true),
			key('Unidentified', 229, true),
			key('Unidentified', 229, true),
			end('연락처', '연락처'),
			key('Enter', 229, false)
		]);
		expect(submits).toEqual(['연락처']);
		expect(compareTypedAnswer(submits[0] as string, '연락처').correct).toBe(true);
	});

	it('C01: Android — the same with Enter reported as keyCode 13', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('Unidentified', 229, true),
			end('연락처'),
			key('Enter', 13, false)
		]);
		expect(submits).toEqual(['연락처']);
	});

	it('C03: Korean — Enter while 전 is composing submits once, after compositionend, with the full text', () => {
		const guard = createImeSubmitGuard();
		const submits = replay(guard, [
			start,
			key('Process', 229, true),
			end('도커 버', '버'),
			start,
			key('Process', 229, true),
			key('Enter', 229, true),
			end('도커 버전', '전')
		]);
		expect(submits).toEqual(['도커 버전']);
		expect(guard.composing).toBe(false);
	});

	it('C03: Korean on Chrome/macOS — the echoed second Enter is not a second submit', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('Process', 229, true),
			key('Enter', 229, true),
			end('도커 버전', '전'),
			key('Enter', 13, false)
		]);
		expect(submits).toEqual(['도커 버전']);
	});

	it('C03: Korean on Safari — compositionend first, then Enter with keyCode 229 → one submit', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('ㅓ', 229, true),
			end('도커 버전', '전'),
			key('Enter', 229, false)
		]);
		expect(submits).toEqual(['도커 버전']);
	});

	it('C03: Japanese — Enter that confirms a candidate (Chrome order) does not submit; the next Enter does', () => {
		const guard = createImeSubmitGuard();
		const confirm = replay(guard, [
			start,
			key('Process', 229, true),
			key('Enter', 229, true),
			end('東京', '東京')
		]);
		expect(confirm).toEqual([]);
		expect(replay(guard, [key('Enter', 13, false)], '東京')).toEqual(['東京']);
	});

	it('C03: Japanese on Safari — compositionend, then Enter 229 confirms only; a real Enter submits', () => {
		const guard = createImeSubmitGuard();
		expect(
			replay(guard, [start, key('Process', 229, true), end('とうきょう'), key('Enter', 229, false)])
		).toEqual([]);
		expect(replay(guard, [key('Enter', 13, false)], 'とうきょう')).toEqual(['とうきょう']);
	});

	it('C03: Chinese pinyin — Enter picks 容器 without submitting', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('Process', 229, true),
			key('Enter', 229, true),
			end('容器')
		]);
		expect(submits).toEqual([]);
	});

	it('Korean Hanja conversion (Enter picks 容器 from 용기) does not submit', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('HanjaMode', 229, true),
			key('Enter', 229, true),
			end('容器')
		]);
		expect(submits).toEqual([]);
	});

	it('Latin words composed by an Android keyboard submit on the following Enter', () => {
		const submits = replay(createImeSubmitGuard(), [
			start,
			key('Unidentified', 229, true),
			end('docker version', 'version'),
			key('Enter', 229, false)
		]);
		expect(submits).toEqual(['docker version']);
	});

	it('without any IME, Enter submits each time; auto-repeat and other keys do not', () => {
		const guard = createImeSubmitGuard();
		expect(guard.onKeyDown({ key: 'a', keyCode: 65, isComposing: false })).toBe('ignore');
		expect(guard.onKeyDown({ key: 'Enter', keyCode: 13, isComposing: false })).toBe('submit');
		expect(guard.onKeyDown({ key: 'Enter', keyCode: 13, isComposing: false, repeat: true })).toBe(
			'ignore'
		);
		expect(guard.onKeyDown({ key: 'Enter', keyCode: 13, isComposing: false })).toBe('submit');
	});

	it('an unmatched echo expectation is cleared by the next ordinary key or reset()', () => {
		const guard = createImeSubmitGuard();
		replay(guard, [start, key('Enter', 229, true), end('도커')]);
		// No echo came; the learner typed on and pressed Enter again.
		expect(replay(guard, [key('Backspace', 8, false), key('Enter', 13, false)])).toHaveLength(1);
		replay(guard, [start, key('Enter', 229, true), end('도커')]);
		guard.reset();
		expect(replay(guard, [key('Enter', 13, false)])).toHaveLength(1);
	});

	it('honours a custom classifier', () => {
		const guard = createImeSubmitGuard({ isCandidateText: () => true });
		expect(replay(guard, [start, key('Enter', 229, true), end('도커')])).toEqual([]);
	});
});

describe('isCandidateImeText', () => {
	it('classifies by script', () => {
		expect(isCandidateImeText('연락처')).toBe(false);
		expect(isCandidateImeText('docker')).toBe(false);
		expect(isCandidateImeText('東京')).toBe(true);
		expect(isCandidateImeText('カタカナ')).toBe(true);
		expect(isCandidateImeText('ㄅㄆ')).toBe(true);
	});
});
