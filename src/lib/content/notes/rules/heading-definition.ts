/**
 * A heading that is a term, defined by the first bullet under it (`#### Jenkins` › `- Java로
 * 만들어진 CICD 파이프 라인을 구성하는 툴이다.`): a real term → definition pair, so the heading asks
 * for the definition and a long enough definition asks for the heading. Generic headings
 * (`Background`, `설치`, `특징`) and the deck title are not terms.
 */
import type { Sink } from '../draft';
import { plain, toMarkdown, type Run } from '../text';
import { isDefinition, showsTermOrStem, subjectOf } from './definition';
import { isShortTerm } from './parent-list';
import { termKey } from '../key-terms';
import { isKnownCommand } from '../../commands';
import { isCaseOf, isTermHeading } from './term-heading';

/** A definition must be this long to ask for its term (shorter ones fit too many terms). */
const MIN_REVERSE = 25;

/**
 * Cards of the first sentence under a term heading; returns how many.
 * @param sole whether it is the only sentence bullet under the heading (then it describes the
 *   heading even when it is not worded as a definition)
 */
export function headingDefinitionCards(
	sink: Sink,
	runs: Run[],
	line: number,
	sole: boolean
): number {
	const path = sink.headingPath();
	const heading = path.at(-1);
	if (!heading || (path.length === 1 && heading === sink.title) || !isShortTerm(heading)) return 0;
	const command = (t: string) => t.includes(' ') && isKnownCommand(t);
	if (!isTermHeading(heading, command)) return 0;
	const text = plain(runs).trim();
	// a label (`바인드 마운트`) is not a sentence about the heading
	if (text.split(/\s+/).length < 3) return 0;
	const definition = isDefinition(text);
	// a sole bullet that is an option (`-i -t …`) or a case (`에러 생겼을 경우`) describes no term
	if (!definition && (/^[-`]/.test(text) || /(경우|때)$/.test(text) || isCaseOf(path.at(-2))))
		return 0;
	if (isCaseOf(path.at(-2), heading)) return 0;
	if ((!definition && !sole) || showsTermOrStem(text, heading)) return 0;
	const subject = subjectOf(text);
	if (subject && termKey(subject) !== termKey(heading)) return 0;
	const md = toMarkdown(runs).trim();
	const topic = path.slice(0, -1);
	let made = 0;
	if (
		sink.add({
			kind: 'basic',
			pattern: 'term',
			front: heading,
			back: md,
			answer: '',
			key: `${heading} ⟨definition⟩`,
			note: text,
			line
		})
	)
		made++;
	if (
		definition &&
		text.length >= MIN_REVERSE &&
		sink.add({
			kind: 'reversed',
			pattern: 'term-reverse',
			front: md,
			back: heading,
			answer: heading,
			key: `${text} → ${heading}`,
			note: text,
			line,
			topic
		})
	)
		made++;
	return made;
}
