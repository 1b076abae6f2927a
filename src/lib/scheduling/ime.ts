/**
 * IME-safe "submit on Enter" for type-in answers, as a pure state machine. The component forwards
 * `compositionstart`, `compositionend` and `keydown` to it and submits when it says `'submit'`.
 *
 * ## The problem (cases C01, C03)
 * Browsers deliver Enter around an IME composition in different orders:
 *  - Chrome/Edge/Firefox desktop: `keydown Enter` with `isComposing: true`, then `compositionend`.
 *    Chrome on macOS with a Korean IME then sends a second `keydown Enter` (`isComposing: false`).
 *  - Safari: `compositionend` first, then `keydown Enter` with `keyCode: 229`, `isComposing: false`.
 *  - Android (Gboard etc.): every keydown has `keyCode: 229`; the word is committed by
 *    `compositionend` just before the Enter keydown.
 * And the same event shapes mean different things by language: a Korean IME commits the last
 * syllable *and* passes the Enter on (the learner means "submit"), whereas a Japanese or Chinese
 * IME consumes Enter to confirm a conversion candidate (the learner does not mean "submit").
 * No event field tells the two apart, so the guard looks at the committed text.
 *
 * ## Policy
 * 1. Enter while composing (`isComposing` or between compositionstart and compositionend) is never
 *    a submit by itself; it is remembered.
 * 2. At `compositionend` the committed text is classified: text containing Han ideographs, kana or
 *    Bopomofo comes from a candidate-selecting IME (Japanese, Chinese, Korean Hanja conversion);
 *    anything else (Hangul, Latin from Android keyboards) is a direct IME.
 * 3. Remembered Enter + direct IME → `'submit'` at compositionend, with the full committed text in
 *    the field (C03). The next Enter keydown, if it comes before any other key, is that same key
 *    press echoed (Chrome/macOS) and is ignored — nothing doubled.
 * 4. Remembered Enter + candidate IME → `'ignore'`: it only picked a candidate.
 * 5. Enter after compositionend, not composing: submit (C01, Safari Korean) — except a
 *    `keyCode 229` Enter right after a candidate IME's compositionend, which is Safari's order
 *    for confirming a candidate.
 * Known limit: full-width Latin typed in a Japanese IME (`ｄｏｃｋｅｒ`) counts as direct, so an Enter
 * that confirms it also submits. Call {@link ImeSubmitGuard.reset} when the field is reused.
 */

/** The `KeyboardEvent` fields the guard reads. `repeat` is optional (auto-repeat never submits). */
export interface ImeKeyInfo {
	key: string;
	keyCode: number;
	isComposing: boolean;
	repeat?: boolean;
}

/** What to do with an event. */
export type ImeAction = 'submit' | 'ignore';

/** The guard's methods, one per DOM event. */
export interface ImeSubmitGuard {
	/** Forward `compositionstart`. */
	onCompositionStart(): void;
	/**
	 * Forward `compositionend`. `value` is the field's value after the commit (what would be
	 * submitted); `data` is the event's `data` (the committed segment), used to classify the IME
	 * when given, else `value` is used. Returns `'submit'` when an Enter pressed during the
	 * composition should now submit `value`.
	 */
	onCompositionEnd(value: string, data?: string): ImeAction;
	/** Forward `keydown`; `'submit'` means submit the field now (and `preventDefault` it). */
	onKeyDown(e: ImeKeyInfo): ImeAction;
	/** Forget everything (new card, field cleared). */
	reset(): void;
	/** True between compositionstart and compositionend. */
	readonly composing: boolean;
}

/** Options of {@link createImeSubmitGuard}. */
export interface ImeSubmitGuardOptions {
	/**
	 * Whether committed text came from an IME where Enter confirms a conversion candidate.
	 * Default {@link isCandidateImeText}.
	 */
	isCandidateText?: (committed: string) => boolean;
}

/** Scripts whose IMEs pick candidates with Enter: Han (Chinese, Japanese kanji, Korean Hanja), kana, Bopomofo. */
const CANDIDATE_SCRIPTS =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

/** Default classifier: true if `committed` contains Han, Hiragana, Katakana or Bopomofo. */
export function isCandidateImeText(committed: string): boolean {
	return CANDIDATE_SCRIPTS.test(committed);
}

/** `keyCode` browsers report for a key the IME is processing. */
const IME_PROCESS_KEYCODE = 229;

/** Create a guard for one text field. See the module comment for the policy. */
export function createImeSubmitGuard(options: ImeSubmitGuardOptions = {}): ImeSubmitGuard {
	const isCandidateText = options.isCandidateText ?? isCandidateImeText;
	let composing = false;
	/** Enter seen during the current composition. */
	let enterDuringComposition = false;
	/** We submitted at compositionend; the next Enter keydown is the same key press. */
	let echoExpected = false;
	/** The last composition just ended with candidate-IME text and no key since. */
	let candidateJustCommitted = false;

	const reset = () => {
		composing = false;
		enterDuringComposition = false;
		echoExpected = false;
		candidateJustCommitted = false;
	};

	return {
		get composing() {
			return composing;
		},
		reset,
		onCompositionStart() {
			composing = true;
			enterDuringComposition = false;
			echoExpected = false;
			candidateJustCommitted = false;
		},
		onCompositionEnd(value, data) {
			composing = false;
			const candidate = isCandidateText(data ?? value);
			candidateJustCommitted = candidate;
			if (!enterDuringComposition) return 'ignore';
			enterDuringComposition = false;
			if (candidate) {
				// The Enter was consumed by the candidate pick; nothing of it is left to echo.
				candidateJustCommitted = false;
				return 'ignore';
			}
			echoExpected = true;
			return 'submit';
		},
		onKeyDown(e) {
			if (e.key !== 'Enter') {
				// Android reports typing inside a composition as keyCode 229 keys; those belong to
				// the composition and must not clear what it left behind.
				if (e.keyCode !== IME_PROCESS_KEYCODE && !e.isComposing) {
					echoExpected = false;
					candidateJustCommitted = false;
				}
				return 'ignore';
			}
			if (e.isComposing || composing) {
				enterDuringComposition = true;
				return 'ignore';
			}
			if (echoExpected) {
				echoExpected = false;
				return 'ignore';
			}
			if (candidateJustCommitted && e.keyCode === IME_PROCESS_KEYCODE) {
				candidateJustCommitted = false;
				return 'ignore';
			}
			candidateJustCommitted = false;
			if (e.repeat) return 'ignore';
			return 'submit';
		}
	};
}
