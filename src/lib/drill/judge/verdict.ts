/**
 * The verdict of a typed line and how it is assembled from checks: a task judge runs a table of
 * checks, each adding a mistake (the verdict is wrong) or a note (right, with something worth
 * knowing).
 */
import { reason, type Param, type Reason } from '../reasons';

/** Result of judging one typed line. */
export interface Verdict {
	verdict: 'correct' | 'correct-with-note' | 'wrong';
	/**
	 * Why, as message ids with parameters (render with the drill's reason renderer): mistakes
	 * first, the first one being the kind of mistake; then notes. Empty for a plain correct answer.
	 */
	reasons: Reason[];
	/** `reasons.map(r => r.id)`: stable ids, most important first (see README). */
	reasonIds: string[];
	/** For a correct answer: what was accepted (another spelling, a trailing slash …), if anything. */
	summary?: Reason;
	/** The typed command in canonical form (`sudo usermod -a -G docker alice`), or '' if unparsable. */
	normalised: string;
}

/** Mistakes and notes found so far. */
export class Findings {
	readonly mistakes: Reason[] = [];
	readonly notes: Reason[] = [];

	wrong(id: string, params?: Record<string, Param>): this {
		if (!this.mistakes.some((r) => r.id === id)) this.mistakes.push(reason(id, params));
		return this;
	}

	note(id: string, params?: Record<string, Param>): this {
		if (!this.notes.some((r) => r.id === id)) this.notes.push(reason(id, params));
		return this;
	}

	has(id: string): boolean {
		return this.mistakes.some((r) => r.id === id) || this.notes.some((r) => r.id === id);
	}

	/** The verdict: wrong when any mistake was found, else correct (with notes when there are any). */
	verdict(normalised: string, summary?: Reason): Verdict {
		const reasons = [...this.mistakes, ...this.notes];
		const kind = this.mistakes.length
			? 'wrong'
			: this.notes.length
				? 'correct-with-note'
				: 'correct';
		return {
			verdict: kind,
			reasons,
			reasonIds: reasons.map((r) => r.id),
			...(kind === 'correct' && summary ? { summary } : {}),
			normalised
		};
	}
}

/** A verdict with one reason. */
export function single(
	kind: Verdict['verdict'],
	id: string,
	normalised: string,
	params?: Record<string, Param>
): Verdict {
	const r = reason(id, params);
	return { verdict: kind, reasons: [r], reasonIds: [id], normalised };
}

/** A check of a task judge: when `when` holds, `add` records a mistake or a note. */
export interface Check<T> {
	when: (subject: T) => boolean;
	add: (found: Findings, subject: T) => void;
}

/** Run a table of checks over a subject. */
export function runChecks<T>(checks: readonly Check<T>[], subject: T, found: Findings): Findings {
	for (const c of checks) if (c.when(subject)) c.add(found, subject);
	return found;
}
