import { describe, expect, it } from 'vitest';
import { actionForKey, ratingForSwipe, tapReveals } from './review-keys';

describe('review keys', () => {
	it('Space/Enter reveal, then grade the suggested rating; 1–4 grade; Z undoes', () => {
		expect(actionForKey(' ', false)).toEqual({ type: 'reveal' });
		expect(actionForKey('Enter', false)).toEqual({ type: 'reveal' });
		expect(actionForKey('3', false)).toBeNull();
		expect(actionForKey('Enter', true)).toEqual({ type: 'grade', rating: 3 });
		expect(actionForKey('2', true)).toEqual({ type: 'grade', rating: 2 });
		expect(actionForKey('z', true)).toEqual({ type: 'undo' });
	});

	it('after a wrong typed answer Enter grades Again, not Good', () => {
		expect(actionForKey('Enter', true, 1)).toEqual({ type: 'grade', rating: 1 });
		expect(actionForKey(' ', true, 1)).toEqual({ type: 'grade', rating: 1 });
		expect(actionForKey('3', true, 1)).toEqual({ type: 'grade', rating: 3 });
	});

	it('swipes grade only once the answer shows', () => {
		expect(ratingForSwipe(150, 0, false)).toBeNull();
		expect(ratingForSwipe(150, 10, true)).toBe(3);
		expect(ratingForSwipe(-150, 10, true)).toBe(1);
		expect(ratingForSwipe(150, 100, true)).toBeNull();
	});

	it('a tap on the card reveals, except on its own controls, a typed card, or a selection', () => {
		const on = (interactive: boolean) => ({ closest: () => (interactive ? {} : null) });
		expect(tapReveals(on(false), false, false, false)).toBe(true);
		expect(tapReveals(null, false, false, false)).toBe(true);
		expect(tapReveals(on(true), false, false, false)).toBe(false);
		expect(tapReveals(on(false), true, false, false)).toBe(false);
		expect(tapReveals(on(false), false, true, false)).toBe(false);
		expect(tapReveals(on(false), false, false, true)).toBe(false);
	});
});
