/**
 * `` `command`: description `` and `$ command # description` bullets: the description asks
 * for the command (a command card the drill judges), and the command asks what it does.
 */
import { toCommandItem } from '../../commands';
import type { Scope, Sink } from '../draft';
import { codeSpan, plain, toMarkdown, type Run } from '../text';
import { BARE_URL, shortAnswer } from './answer-shown';
import { withParent } from './short-context';

/** Cards of a command bullet; returns how many were made (0 when it has no description). */
export function commandInlineCards(
	sink: Sink,
	command: string,
	desc: Run[],
	line: number,
	scope: Scope
): number {
	const descMd = toMarkdown(desc).trim();
	const descPlain = plain(desc).trim();
	if (descPlain === '' || BARE_URL.test(descPlain)) return 0;
	// `- nextcloud` › `` - `docker compose up -d` ``: a name is not a description of what it does
	if (!/[\uac00-\ud7a3]/.test(descPlain) && descPlain.split(/\s+/).length < 2) return 0;
	const base = { note: `${command} ⟨${descPlain}⟩`, line, context: scope.parent?.key };
	let made = 0;
	if (
		sink.add({
			...base,
			kind: 'command',
			pattern: 'command-inline',
			front: withParent(scope, descMd),
			back: codeSpan(command),
			answer: command,
			key: descMd,
			command: toCommandItem(command)
		})
	)
		made++;
	if (
		sink.add({
			...base,
			kind: 'basic',
			pattern: 'command-meaning',
			front: withParent(scope, codeSpan(command)),
			back: descMd,
			answer: shortAnswer(descMd),
			key: `${command} ⟨meaning⟩`
		})
	)
		made++;
	return made;
}
