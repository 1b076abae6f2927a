/**
 * Does a command item accept its own command? The notes' text with every slot filled with a
 * sample value (optional parts left out) is judged against the item; an item whose own command
 * is not accepted cannot be answered in the app. Used by `npm run cards -- FILE --check-commands`
 * and by the tests that measure acceptance on real notes.
 */
import type { CommandItem } from '../content/types';
import { DEFAULT_USER, judgeCommand, readTemplate, type Verdict } from './judge';
import { fillSamples } from './template';

/** The outcome for one command item. */
export interface CommandCheck {
	/** The typed line tried: the template with sample values. */
	typed: string;
	verdict: Verdict;
	/** Accepted (correct or correct with a note) and no internal error. */
	accepted: boolean;
}

/** Judge an item's own command (slots filled with samples) against the item. Never throws. */
export function checkCommandItem(item: CommandItem, user = DEFAULT_USER): CommandCheck {
	const read = readTemplate(item, user);
	const ok = (v: Verdict) => v.verdict !== 'wrong' && !v.reasonIds.includes('internal-error');
	const typed = fillSamples(read.compiled, user) || item.template;
	const verdict = judgeCommand(read, typed, { user });
	if (ok(verdict)) return { typed, verdict, accepted: true };
	// Text the shell cannot read as a template (prose, a Markdown link) is its own answer as written.
	const asWritten = judgeCommand(read, read.compiled.display, { user });
	return ok(asWritten)
		? { typed: read.compiled.display, verdict: asWritten, accepted: true }
		: { typed, verdict, accepted: false };
}
