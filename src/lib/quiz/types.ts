/**
 * Data shapes of the quiz domain. Everything here is plain, structured-clone-safe data (strings,
 * numbers, booleans, arrays, plain objects, `Date`), so quizzes and attempts can be stored in
 * IndexedDB after every answer and resumed exactly.
 */
import type { CardPattern, ShownCard, SourceRef } from '$lib/cards';
import type { Message } from '$lib/core/message';

/** Closed set of question types (issue 5). */
export type QuestionType = 'mcq' | 'truefalse' | 'fillin' | 'command';

/** Every question type, in the order the builder lists them. */
export const QUESTION_TYPES: readonly QuestionType[] = Object.freeze([
	'mcq',
	'truefalse',
	'fillin',
	'command'
]);

/**
 * A card the learner has, as the quiz generator needs it: the card model's `ShownCard` (the
 * learner's edited text already applied). `front`/`back` are Markdown source. The optional fields
 * sharpen the fairness rules when the converter provided them (stored cards may lack them):
 * `note` is the sibling group (every card made from one note shares it; default: the card's
 * source line), `pattern` the converter rule that made the card, `context` the parent bullet's
 * label (never an option: it is a label, not an answer).
 */
export type QuizSourceCard = ShownCard & {
	context?: string;
	note?: string;
	pattern?: CardPattern;
};

/**
 * Time limit of a quiz, in milliseconds.
 * - `total`: one deadline for the whole quiz, `startedAt + ms`; answers may be changed until then.
 * - `perQuestion`: each question has its own `ms`, questions are taken in order; a question's time
 *   starts when the previous one was answered or ran out; unused time is not carried over.
 */
export type TimeLimit = { kind: 'total'; ms: number } | { kind: 'perQuestion'; ms: number };

/**
 * What the learner asked for in the quiz builder. Validated by `validateQuizSpec`.
 * Limits: `count` 5–50; `total` 1–120 min; `perQuestion` 10 s–10 min; `types` non-empty, no repeats.
 */
export interface QuizSpec {
	/** Only cards of these decks; empty or absent = every deck. */
	deckIds?: string[];
	/** Only cards whose topic path starts with this path (compared NFC-normalised); absent = all. */
	topic?: string[];
	/** Number of questions asked for, 5–50. */
	count: number;
	/** Question types to mix, at least one. */
	types: QuestionType[];
	timeLimit: TimeLimit;
	/** Also draw from the hand-written questions passed to `generateQuiz`; default false. */
	includeHandWritten?: boolean;
}

/** Where a question comes from, so the result page can link to the note. */
export interface QuestionSource extends SourceRef {
	/**
	 * Deck of the card the question was made from; for a hand-written question, the bundled deck
	 * its deck line names (the chosen decks bound hand-written questions too). Absent only in
	 * attempts stored before hand-written questions named their deck.
	 */
	deckId?: string;
}

interface QuestionBase {
	/** Unique within the quiz: `<type>:<cardId>` or `hw:<file>:<line>`. */
	id: string;
	type: QuestionType;
	/** The card the question was made from; null for hand-written questions. */
	cardId: string | null;
	/** What is asked, Markdown from the notes (rendered like card text). Never contains the answer. */
	prompt: string;
	/**
	 * The app's own instruction shown with the prompt (e.g. "which statement about this is true?"),
	 * as a message id: the notes' text stays in `prompt`, the app's words in the message files.
	 */
	ask?: Message;
	/**
	 * Heading path shown with the question (segments that would reveal the answer are dropped);
	 * a hand-written question's is its deck title and the headings its deck line names.
	 */
	topic: string[];
	/** Explanation shown with the result (Markdown from the notes), e.g. the card's full fact. */
	explanation: string;
	source: QuestionSource;
}

/** Multiple choice: exactly 4 distinct options (distinct after {@link foldText}-style folding). */
export interface McqQuestion extends QuestionBase {
	type: 'mcq';
	/** Markdown option texts. */
	options: string[];
	/** Index of the right option in `options`. */
	correctIndex: number;
}

/** True/false: `prompt` is the statement. */
export interface TrueFalseQuestion extends QuestionBase {
	type: 'truefalse';
	correct: boolean;
}

/** Fill in the blank: `prompt` shows a blank or a definition; the learner types a term. */
export interface FillInQuestion extends QuestionBase {
	type: 'fillin';
	/** The expected text, plain (not Markdown). */
	expected: string;
	/** Other accepted texts (plain), e.g. from a hand-written "or" line. */
	accepted: string[];
}

/** Command: `prompt` describes the task, the learner types a command judged by `judgeCommand`. */
export interface CommandQuestion extends QuestionBase {
	type: 'command';
	/** The command as the drill matcher expects it (template with `{slot}`s for card questions). */
	expected: string;
	/** The command as shown on the result page (placeholders as written in the notes). */
	display: string;
}

/** One question of a quiz. */
export type Question = McqQuestion | TrueFalseQuestion | FillInQuestion | CommandQuestion;

/** Fewer questions were made than asked for. `reason` is a message for the builder screen. */
export interface QuizShortfall {
	requested: number;
	made: number;
	reason: Message;
}

/** A generated quiz: everything needed to take it, without the cards. */
export interface Quiz {
	/** Unsigned 32-bit seed; the same cards, spec and seed give a deep-equal quiz. */
	seed: number;
	spec: QuizSpec;
	questions: Question[];
	shortfall: QuizShortfall | null;
	/** Set for a retake of another attempt's missed questions (copied to the attempt). */
	origin?: { kind: 'missed'; from: string };
}

/** What the learner gave for one question, without the time. */
export type AnswerValue =
	| { type: 'mcq'; choice: number }
	| { type: 'truefalse'; value: boolean }
	| { type: 'fillin'; text: string }
	| { type: 'command'; text: string };

/** A stored answer: the value and when it was given (the clock passed to `answer`). */
export type Answer = AnswerValue & { answeredAt: Date };

/**
 * One attempt at a quiz, as stored after every answer. Plain data; the functions in `attempt.ts`
 * return new objects and never change their input.
 */
export interface Attempt {
	id: string;
	seed: number;
	spec: QuizSpec;
	questions: Question[];
	/** Keyed by question id. */
	answers: Record<string, Answer>;
	startedAt: Date;
	/**
	 * Absolute end time. `total`: `startedAt + ms`. `perQuestion`: `startedAt + n × ms`, the latest
	 * the attempt can end (each question's own window is computed from the answers).
	 */
	deadline: Date;
	/** Set once; never later than the time the attempt ended (see `submit`). */
	submittedAt?: Date;
	/**
	 * Time used, ms, as the page's monotonic clock measured it at the last save (see `clock.ts`):
	 * on resume the attempt never gets back time it had already used, whatever the device clock
	 * says. Absent until the first save.
	 */
	elapsedMs?: number;
	/**
	 * "I was right": typed answers the learner overrode after the result, by question id, with
	 * when (device time). An override counts as correct; the judged verdict stays visible.
	 */
	overrides?: Record<string, Date>;
	/**
	 * Review log ids of the quiz lapses logged when the attempt was submitted, by card id: an
	 * "I was right" override takes its card's lapse back.
	 */
	lapses?: Record<string, number>;
	/** A retake of the questions another attempt missed (no quiz lapses are logged twice). */
	origin?: { kind: 'missed'; from: string };
}
