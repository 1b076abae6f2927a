/**
 * The quiz builder remembers its last settings (Quizlet's habit): the spec of the last quiz
 * started, kept in the settings table (so a backup carries it) and checked again when read.
 */
import { getSetting, setSetting } from '$lib/db';
import { validateQuizSpec, type QuizSpec } from '$lib/quiz';
import type { ServiceContext } from './context';

/** Settings key of the builder's last spec. */
export const QUIZ_BUILDER_KEY = 'quizBuilder';

/**
 * The spec the builder used last, or null (never started, or stored by an app version whose spec
 * no longer validates). Decks and topics that no longer exist are the builder's to drop.
 */
export async function loadBuilderSpec(ctx: ServiceContext): Promise<QuizSpec | null> {
	const stored = await getSetting<unknown>(ctx.db, QUIZ_BUILDER_KEY, null);
	if (stored === null) return null;
	try {
		return validateQuizSpec(stored);
	} catch {
		return null;
	}
}

/** Remember `spec` as the builder's last settings. */
export function saveBuilderSpec(ctx: ServiceContext, spec: QuizSpec): Promise<void> {
	return setSetting(ctx.db, QUIZ_BUILDER_KEY, structuredClone(spec));
}
