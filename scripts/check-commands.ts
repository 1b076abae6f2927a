/**
 * `npm run cards -- FILE --check-commands`: every command item's own command (the notes' text
 * with sample values in its slots) is judged against the item; each one not accepted is listed as
 * `file:line: typed → verdict reason-ids`. Exit code 1 if any is not accepted.
 */
import { checkCommandItem } from '../src/lib/drill/check-commands';
import type { ParsedNotes } from '../src/lib/content/types';

/** Check the command items of one parsed notes file; returns the exit code. */
export function checkCommands(
	parsed: ParsedNotes,
	io: { out: (t: string) => void; err: (t: string) => void }
): number {
	let failed = 0;
	let total = 0;
	for (const card of parsed.cards) {
		if (!card.command) continue;
		total++;
		const r = checkCommandItem(card.command);
		if (r.accepted) continue;
		failed++;
		io.out(
			`${card.source.file}:${card.source.line}: ${card.command.original} — typed ${JSON.stringify(r.typed)} → ${r.verdict.verdict} ${r.verdict.reasonIds.join(',')}\n`
		);
	}
	io.out(`${total - failed}/${total} command items accept their own command\n`);
	return failed > 0 ? 1 : 0;
}
