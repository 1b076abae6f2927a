/**
 * The quiz screen: the builder form (decks, topic, count, time limit, types), starting an attempt
 * (with a go-ahead when fewer questions could be made than asked), and the attempt history with
 * "retake". Tests drive it with a fake context and no DOM.
 */
import { msg, type Message } from '$lib/core/message';
import {
	QUESTION_TYPES,
	QUIZ_COUNT,
	QuizSpecError,
	generateQuiz,
	validateQuizSpec,
	type Attempt,
	type QuestionType,
	type Quiz,
	type QuizSourceCard,
	type QuizSpec,
	type TimeLimit
} from '$lib/quiz';
import type { ServiceContext } from '$lib/services/context';
import { sortedDecks, type DeckRow } from '$lib/services/decks';
import {
	bundledDeckTitles,
	listAttempts,
	loadBundledQuestions,
	loadQuizCards,
	newSeed,
	retakeQuiz,
	startQuiz,
	topicOptions,
	type AttemptSummary
} from '$lib/services/quiz';
import { loadBuilderSpec, saveBuilderSpec } from '$lib/services/quiz-settings';
import { Loaded } from './loaded.svelte';

export { TIME_LIMIT_CHOICES, type AttemptSummary, type TopicOption } from '$lib/services/quiz';

/** Stable key of a time limit (for radio values and tests), e.g. `total:300000`. */
export function limitKey(limit: TimeLimit): string {
	return `${limit.kind}:${limit.ms}`;
}

/** The time limit a {@link limitKey} names; null for anything else. */
export function parseLimitKey(key: string): TimeLimit | null {
	const [kind, ms] = key.split(':');
	const value = Number(ms);
	if ((kind !== 'total' && kind !== 'perQuestion') || !Number.isInteger(value)) return null;
	return { kind, ms: value };
}

/**
 * What the builder reads once per visit: decks, the learner's cards, the submitted attempts and
 * the settings of the last quiz started.
 */
interface BuilderData {
	decks: DeckRow[];
	cards: QuizSourceCard[];
	history: AttemptSummary[];
	remembered: QuizSpec | null;
}

/** Why starting failed: a spec problem (a message of the quiz domain) or another error. */
export type QuizProblem = Message;

function problemOf(e: unknown): QuizProblem {
	if (e instanceof QuizSpecError) return e.reason;
	return msg('quiz_error', { reason: e instanceof Error ? e.message : String(e) });
}

/** Where to go once an attempt exists. */
export const takeHref = (attemptId: string) => `/quiz/take?id=${encodeURIComponent(attemptId)}`;

export class QuizBuilder {
	readonly data: Loaded<BuilderData, ServiceContext>;
	/** Submitted attempts, newest first (refreshed after the resume check). */
	history = $state.raw<AttemptSummary[]>([]);
	/** The attempt still running, found by the resume check. */
	running = $state.raw<Attempt | null>(null);

	chosenDecks = $state<string[]>([]);
	topicKey = $state('');
	count = $state(10);
	limit = $state(limitKey({ kind: 'total', ms: 5 * 60_000 }));
	types = $state<QuestionType[]>([...QUESTION_TYPES]);
	includeHandWritten = $state(true);

	busy = $state(false);
	error = $state.raw<QuizProblem | null>(null);
	/** A generated quiz with fewer questions than asked, waiting for the learner's go-ahead. */
	pending = $state.raw<Quiz | null>(null);

	/** The learner's cards (null until loaded). */
	get cards(): QuizSourceCard[] | null {
		return this.data.current?.cards ?? null;
	}
	get decks(): DeckRow[] {
		return this.data.current?.decks ?? [];
	}
	/** Topics of the chosen decks for the topic menu. */
	get topics() {
		return this.cards ? topicOptions(this.cards, this.chosenDecks) : [];
	}

	/**
	 * Create inside a component.
	 * @param ctx the app's service context (null while storage is not ready)
	 * @param go navigation to the attempt's page
	 */
	constructor(
		private readonly ctx: () => ServiceContext | null,
		private readonly go: (href: string) => Promise<void>
	) {
		this.data = new Loaded(ctx, async (c) => {
			const [decks, cards, history, remembered] = await Promise.all([
				sortedDecks(c),
				loadQuizCards(c),
				listAttempts(c),
				loadBuilderSpec(c)
			]);
			const submitted = history.filter((a) => a.status === 'submitted');
			return { decks, cards, history: submitted, remembered };
		});
		$effect(() => {
			const loaded = this.data.current;
			if (!loaded) return;
			this.history = loaded.history;
			if (loaded.remembered) this.#restore(loaded.remembered, loaded.decks);
		});
		// A shortfall answer belongs to the form it was made for: any change drops it.
		$effect(() => {
			void [
				[...this.chosenDecks],
				this.topicKey,
				this.count,
				this.limit,
				[...this.types],
				this.includeHandWritten
			];
			this.pending = null;
		});
		// A topic that is not among the chosen decks' topics any more is dropped.
		$effect(() => {
			if (this.topicKey && !this.topics.some((t) => JSON.stringify(t.path) === this.topicKey))
				this.topicKey = '';
		});
	}

	/**
	 * Fill the form with the last quiz's settings (Quizlet's habit). Decks that are gone are
	 * dropped; a topic that is gone is dropped by the topic rule below.
	 */
	#restore(spec: QuizSpec, decks: readonly DeckRow[]): void {
		this.chosenDecks = (spec.deckIds ?? []).filter((id) => decks.some((d) => d.id === id));
		this.topicKey = spec.topic ? JSON.stringify(spec.topic) : '';
		this.count = spec.count;
		this.limit = limitKey(spec.timeLimit);
		this.types = QUESTION_TYPES.filter((t) => spec.types.includes(t));
		this.includeHandWritten = spec.includeHandWritten ?? false;
	}

	/** The hand-written questions, filed under the decks on this device. */
	#handWritten(spec: QuizSpec) {
		return spec.includeHandWritten
			? loadBundledQuestions(bundledDeckTitles(this.decks))
			: Promise.resolve([]);
	}

	/** The resume check found the running attempt (and submitted expired ones): refresh. */
	async onChecked(found: Attempt | null): Promise<void> {
		this.running = found;
		const c = this.ctx();
		if (c) this.history = (await listAttempts(c)).filter((a) => a.status === 'submitted');
	}

	/** Keep the question count within its limits (a whole number). */
	setCount(n: number): void {
		this.count = Math.max(
			QUIZ_COUNT.min,
			Math.min(QUIZ_COUNT.max, Math.round(n) || QUIZ_COUNT.min)
		);
	}

	#formSpec(): unknown {
		return {
			...(this.chosenDecks.length > 0 ? { deckIds: [...this.chosenDecks] } : {}),
			...(this.topicKey ? { topic: JSON.parse(this.topicKey) as string[] } : {}),
			count: this.count,
			types: QUESTION_TYPES.filter((t) => this.types.includes(t)),
			timeLimit: parseLimitKey(this.limit),
			includeHandWritten: this.includeHandWritten
		};
	}

	/**
	 * Validate the form, generate the quiz and start it; a shortfall waits for {@link begin}.
	 * @param paint awaited before the generation work, so "making the questions" is shown
	 */
	async start(paint: () => Promise<void> = async () => {}): Promise<void> {
		this.error = null;
		this.pending = null;
		const cards = this.cards;
		if (!this.ctx() || !cards) return;
		let spec;
		try {
			spec = validateQuizSpec(this.#formSpec());
		} catch (e) {
			this.error = problemOf(e);
			return;
		}
		this.busy = true;
		try {
			await paint();
			await saveBuilderSpec(this.ctx() as ServiceContext, spec);
			const handWritten = await this.#handWritten(spec);
			const quiz = generateQuiz(cards, spec, newSeed(), handWritten);
			if (quiz.shortfall) {
				this.pending = quiz;
				return;
			}
			await this.begin(quiz);
		} catch (e) {
			this.error = wrapped(e);
		} finally {
			this.busy = false;
		}
	}

	/** Store a new attempt at `quiz` and open it. */
	async begin(quiz: Quiz): Promise<void> {
		const c = this.ctx();
		if (!c) return;
		this.pending = null;
		this.busy = true;
		try {
			const attempt = await startQuiz(c, quiz);
			await this.go(takeHref(attempt.id));
		} catch (e) {
			this.error = wrapped(e);
		} finally {
			this.busy = false;
		}
	}

	/** "Retake the same quiz": same spec and seed over the current cards. */
	async retake(summary: AttemptSummary): Promise<void> {
		const c = this.ctx();
		if (!c) return;
		this.error = null;
		this.busy = true;
		try {
			const attempt = await retakeQuiz(c, summary.id, await this.#handWritten(summary.spec));
			await this.go(takeHref(attempt.id));
		} catch (e) {
			this.error = wrapped(e);
		} finally {
			this.busy = false;
		}
	}
}

/** A failure after validation: always shown as "could not start: …". */
function wrapped(e: unknown): QuizProblem {
	const problem = problemOf(e);
	return problem.key === 'quiz_error' ? problem : msg('quiz_error', { reason: problem });
}
