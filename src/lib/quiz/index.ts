/**
 * Timed quizzes (issues 5 and 15): generation from cards and hand-written files, the attempt as plain
 * data, deadline arithmetic computed from the attempt's own clock (`clock.ts`). Plain TypeScript; `now` and the seed are
 * always passed in. See `README.md` in this folder.
 */
export type {
	QuestionType,
	QuizSourceCard,
	TimeLimit,
	QuizSpec,
	QuestionSource,
	McqQuestion,
	TrueFalseQuestion,
	FillInQuestion,
	CommandQuestion,
	Question,
	QuizShortfall,
	Quiz,
	AnswerValue,
	Answer,
	Attempt
} from './types';
export { QUESTION_TYPES } from './types';
export {
	validateQuizSpec,
	QuizSpecError,
	specMessage,
	QUIZ_COUNT,
	TOTAL_LIMIT_MS,
	PER_QUESTION_LIMIT_MS
} from './spec';
export { generateQuiz, inScope, MCQ_OPTIONS, BLANK } from './generate';
export { attemptClock, resumeElapsedMs, timelineNow, withElapsed } from './clock';
export {
	startAttempt,
	answer,
	submit,
	submitIfExpired,
	timeLeftMs,
	isExpired,
	endsAt,
	currentQuestionIndex,
	warningState,
	announceAt,
	score,
	checkFillIn,
	overrideAnswer,
	QuizAttemptError,
	WARNING_FRACTION,
	ANNOUNCE_AT_MS,
	type AnswerResult,
	type AnswerRefusal,
	type OverrideRefusal,
	type QuestionResult,
	type AttemptScore
} from './attempt';
export {
	parseHandWrittenQuiz,
	loadHandWrittenQuizzes,
	formatIssue,
	HandWrittenQuizError,
	type HandWrittenIssue,
	type HandWrittenQuiz
} from './hand-written';
export { readStoredAttempt, attemptStatus, StoredAttemptError } from './stored';
export { missedQuestions, missedQuiz } from './retake';
export { mulberry32, shuffle, isSeed, MAX_SEED, type Rng } from './random';
export { normaliseText, foldText } from './text';
