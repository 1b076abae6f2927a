import { describe, expect, it } from 'vitest';
import {
	EXTRA_KEYS,
	historyCursor,
	historyDown,
	historyUp,
	insertAtCaret,
	pushHistory
} from './terminal';

describe('pushHistory', () => {
	it('adds lines in order and skips blanks and a repeat of the newest line', () => {
		let h: string[] = [];
		for (const line of ['docker ps', '', '   ', 'docker ps', 'groups', 'docker ps']) {
			h = pushHistory(h, line);
		}
		expect(h).toEqual(['docker ps', 'groups', 'docker ps']);
	});

	it('keeps only the newest lines past the limit', () => {
		let h: string[] = [];
		for (let i = 0; i < 7; i++) h = pushHistory(h, `echo ${i}`, 5);
		expect(h).toEqual(['echo 2', 'echo 3', 'echo 4', 'echo 5', 'echo 6']);
	});

	it('does not modify the list it is given', () => {
		const h = ['a'];
		pushHistory(h, 'b');
		expect(h).toEqual(['a']);
	});
});

describe('history navigation', () => {
	const entries = ['curl -fsSL https://get.docker.com/ | sudo sh', 'groups', 'docker ps'];

	it('↑ walks back to the oldest entry and stops there', () => {
		let c = historyCursor(entries);
		const seen: string[] = [];
		let value = 'draft';
		for (let i = 0; i < 5; i++) {
			const move = historyUp(c, value);
			c = move.cursor;
			value = move.value;
			seen.push(value);
		}
		expect(seen).toEqual([entries[2], entries[1], entries[0], entries[0], entries[0]]);
	});

	it('↓ walks forward and gives the draft back after the newest entry', () => {
		let move = historyUp(historyCursor(entries), 'sudo usermod');
		move = historyUp(move.cursor, move.value);
		expect(move.value).toBe('groups');
		move = historyDown(move.cursor, move.value);
		expect(move.value).toBe('docker ps');
		move = historyDown(move.cursor, move.value);
		expect(move.value).toBe('sudo usermod');
		move = historyDown(move.cursor, move.value);
		expect(move.value).toBe('sudo usermod');
	});

	it('an empty history leaves the field alone in both directions', () => {
		const c = historyCursor([]);
		expect(historyUp(c, 'x').value).toBe('x');
		expect(historyDown(c, 'x').value).toBe('x');
	});

	it('↓ on the draft line changes nothing', () => {
		const c = historyCursor(entries);
		const move = historyDown(c, 'typing');
		expect(move).toEqual({ cursor: c, value: 'typing' });
	});
});

describe('insertAtCaret', () => {
	it('inserts at a collapsed caret and moves the caret after the text', () => {
		expect(insertAtCaret('sudo usermod aG docker', 13, 13, '-')).toEqual({
			value: 'sudo usermod -aG docker',
			caret: 14
		});
	});

	it('replaces the selection, in either direction', () => {
		expect(insertAtCaret('curl X sh', 5, 6, '|')).toEqual({ value: 'curl | sh', caret: 6 });
		expect(insertAtCaret('curl X sh', 6, 5, '|')).toEqual({ value: 'curl | sh', caret: 6 });
	});

	it('appends when the selection is unknown or out of range', () => {
		expect(insertAtCaret('echo ', null, null, '$')).toEqual({ value: 'echo $', caret: 6 });
		expect(insertAtCaret('echo ', 99, 120, '~')).toEqual({ value: 'echo ~', caret: 6 });
		expect(insertAtCaret('echo', -3, -1, '.')).toEqual({ value: '.echo', caret: 1 });
	});

	it('never makes the field longer than maxLength', () => {
		expect(insertAtCaret('abcd', 2, 2, '--', 5)).toEqual({ value: 'ab-cd', caret: 3 });
		expect(insertAtCaret('abcde', 5, 5, '|', 5)).toEqual({ value: 'abcde', caret: 5 });
		// Replacing a selection frees its room first.
		expect(insertAtCaret('abcde', 1, 3, '"', 5)).toEqual({ value: 'a"de', caret: 2 });
	});

	it('the key row holds the characters the issue asks for, once each', () => {
		expect([...EXTRA_KEYS]).toEqual(['-', '|', '/', '~', '$', "'", '"', '.']);
		expect(new Set(EXTRA_KEYS).size).toBe(EXTRA_KEYS.length);
	});
});
