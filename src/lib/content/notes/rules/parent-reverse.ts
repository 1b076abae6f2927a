/**
 * Sentences under a parent term ask for that term (case C22): under `- 기능` › `- 스케줄링`,
 * `컨테이너를 적당한 서버에 배포해주는 작업이다.` becomes `기능 — 컨테이너를 … 작업이다.` → `스케줄링`,
 * with the grandparent as context and nothing shown that contains `스케줄링`. Only for real terms,
 * and only when the sentence is about the term (no other subject, no stem of the term shown);
 * the first child that reads as a definition also makes the term → definition card.
 */
import { isKnownCommand } from '../../commands';
import type { Parent, Scope, Sink } from '../draft';
import { plain, toMarkdown, type Run } from '../text';
import { isDefinition, showsTermOrStem, subjectOf } from './definition';
import { withLabel } from './short-context';
import { termKey } from '../key-terms';

/** Cards a sentence makes for its parent term; returns how many. */
export function parentReverseCards(
	sink: Sink,
	runs: Run[],
	line: number,
	scope: Scope,
	first: boolean
): number {
	const parent: Parent | undefined = scope.parents.at(-1);
	const term = parent?.term;
	if (!parent || !term) return 0;
	const text = plain(runs).trim();
	if (text.length < 12 || showsTermOrStem(text, term)) return 0;
	// a command line or a step (`접속하면 -> …`) is not a description of the term
	if (isKnownCommand(text) || /\s(->|→|=>)\s/.test(text)) return 0;
	const subject = subjectOf(text);
	if (subject && termKey(subject) !== termKey(term)) return 0;
	const label = parent.up?.label;
	const md = toMarkdown(runs).trim();
	const note = text;
	let made = 0;
	if (
		sink.add({
			kind: 'reversed',
			pattern: 'parent-reverse',
			front: withLabel(label, md),
			back: term,
			answer: term,
			key: `${text} → ${term}`,
			note,
			line,
			context: parent.up?.key
		})
	)
		made++;
	if (first && !parent.defined && isDefinition(text)) {
		if (
			sink.add({
				kind: 'basic',
				pattern: 'term',
				front: withLabel(label, term),
				back: md,
				answer: '',
				key: `${term} ⟨definition⟩`,
				note,
				line,
				context: parent.up?.key
			})
		)
			made++;
	}
	return made;
}
