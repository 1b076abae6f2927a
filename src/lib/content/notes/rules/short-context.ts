/**
 * Short context (issue rule 8): a nested card's front carries its nearest meaningful parent, not
 * a chain of sentences. A parent is a label when it is short (at most {@link MAX_LABEL}
 * characters) or has a short term (`표준성: …` → `표준성`); a long sentence parent is skipped
 * and the next parent up is used.
 */
import type { Parent, Scope } from '../draft';
import { CONTEXT_SEPARATOR } from '../phrases';

/** Longest parent text shown on a child's front. */
export const MAX_LABEL = 60;

/**
 * The child scope of a parent bullet.
 * @param labelMd the parent's Markdown label candidate (its term, or its whole text)
 * @param plainLabel the same as plain text
 * @param term the parent's real term, if a reverse card may answer with it
 */
export function childScope(
	scope: Scope,
	labelMd: string,
	plainLabel: string,
	line: number,
	term?: string,
	defined = false
): Scope {
	// a clause (`… 나뉘는 경우가 많은데,`) is no label: it only leads into its children
	const clause = /[,，]$|(데|고|며|면서|지만|는데)[,]?$/.test(plainLabel.trim());
	const label =
		plainLabel.length <= MAX_LABEL && !clause ? labelMd.replace(/\s*(이란|란)\s*\??$/, '') : '';
	const parent: Parent = { label, key: plainLabel, line, up: scope.parent };
	if (term) parent.term = term.replace(/\s*(이란|란)\s*\??$/, '');
	if (defined) parent.defined = true;
	return {
		...scope,
		parent: label ? parent : { ...parent, label: scope.parent?.label ?? '' },
		parents: [...scope.parents, parent]
	};
}

/** `label — question`, or the question alone when there is no label. */
export function withLabel(label: string | undefined, question: string): string {
	return label ? `${label}${CONTEXT_SEPARATOR}${question}` : question;
}

/** The question with the scope's nearest parent label in front (not when it says the same). */
export function withParent(scope: Scope, question: string): string {
	const label = scope.parent?.label;
	return label && label.replace(/[`*]/g, '') === question.replace(/[`*]/g, '')
		? question
		: withLabel(label, question);
}

/**
 * Identity prefix compatible with earlier versions: the innermost heading and the parent
 * terms, e.g. `Docker 특징` (so ids of term cards survive the converter's changes).
 */
export function legacyPrefix(lastHeading: string, scope: Scope): string {
	return [lastHeading, ...scope.parents.map((p) => p.key)].filter(Boolean).join(' ');
}

/** The labels of the scope's parents, nearest first (a card takes the first that fits). */
export function labelLadder(scope: Scope): string[] {
	const out: string[] = [];
	for (let p = scope.parent; p; p = p.up) if (p.label) out.push(p.label);
	return out;
}
