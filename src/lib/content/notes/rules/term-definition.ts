/**
 * `term: definition` (also `term - definition`, `**term** definition`) — real term → definition
 * pairs (issue rule 3): the term asks for the definition; the definition asks for the term when
 * it does not show it; key terms inside the definition get cloze cards; `명령어: docker version`
 * and `로그 보기: \`docker logs web\`` are command cards.
 */
import { fixDashes, isCommandLine, toCommandItem } from '../../commands';
import type { Scope, Sink } from '../draft';
import { codeSpan, plain, toMarkdown, type Run } from '../text';
import { BARE_URL } from './answer-shown';
import { showsTermOrStem } from './definition';
import { isShortTerm } from './parent-list';
import { clozeCards } from './sentence-cloze';
import { labelLadder, legacyPrefix, withParent } from './short-context';

/** A term entry read by `classify`. */
export interface TermEntry {
	term: Run[];
	def: Run[];
	line: number;
	endLine: number;
}

function commandOf(e: TermEntry): string | null {
	const term = plain(e.term);
	const def = plain(e.def).trim();
	const onlyCode = e.def.length === 1 && e.def[0]?.k === 'code';
	if ((/명령|command/i.test(term) || onlyCode) && isCommandLine(def)) return fixDashes(def);
	return null;
}

/** Make the cards of a term entry; returns how many were made. */
export function termCards(sink: Sink, e: TermEntry, scope: Scope): number {
	const termMd = toMarkdown(e.term).trim();
	const termPlain = plain(e.term).trim();
	const defMd = toMarkdown(e.def).trim();
	const defPlain = plain(e.def).trim();
	const note = `${termPlain}: ${defPlain}`;
	const key = `${legacyPrefix(sink.lastHeading(), scope)} — ${termMd}`;
	const base = { note, line: e.line, endLine: e.endLine, context: scope.parent?.key };
	if ([...e.term, ...e.def].some((r) => r.k === 'text' && !r.href && BARE_URL.test(r.v))) {
		sink.warn(e.line, 'notes_reference_link');
		return 0;
	}
	const command = commandOf(e);
	if (command) {
		const ok = sink.add({
			...base,
			kind: 'command',
			pattern: 'command-term',
			front: withParent(scope, termMd),
			back: codeSpan(command),
			answer: command,
			key,
			command: toCommandItem(command)
		});
		return ok ? 1 : 0;
	}
	let made = 0;
	if (
		sink.add({
			...base,
			kind: 'basic',
			pattern: 'term',
			front: withParent(scope, termMd),
			back: defMd,
			answer: '',
			key
		})
	)
		made++;
	const reversible =
		termPlain.length <= 30 &&
		isShortTerm(termPlain, 4) &&
		defPlain.length >= 8 &&
		defPlain.length <= 200;
	if (reversible && !showsTermOrStem(defPlain, termPlain)) {
		if (
			sink.add({
				...base,
				kind: 'reversed',
				pattern: 'term-reverse',
				front: withParent(scope, defMd),
				back: termMd,
				answer: termPlain,
				key: `${key} ⟲`
			})
		)
			made++;
	}
	made += clozeCards(sink, {
		runs: e.def,
		line: e.line,
		endLine: e.endLine,
		note,
		labels: labelLadder(scope),
		prefix: `${termMd}: `,
		shown: [termPlain],
		max: 2,
		sources: ['emphasis', 'named', 'latin', 'number'],
		pattern: 'definition-cloze'
	});
	return made;
}
