/**
 * Spaced-repetition scheduling: ts-fsrs glue, study days, daily limits, leeches, type-in answers.
 * Plain TypeScript; the clock (`now: Date`) and the time zone are always passed in.
 */
export type { Grade } from 'ts-fsrs';
export { Rating, State } from 'ts-fsrs';
export {
	newMemoryState,
	cloneMemoryState,
	toFsrsCard,
	fromFsrsCard,
	type MemoryState
} from './memory-state';
export {
	DEFAULT_SCHEDULER_SETTINGS,
	SettingsError,
	validateSchedulerSettings,
	type SchedulerSettings
} from './settings';
export {
	Scheduler,
	GRADES,
	isGrade,
	isLeech,
	undoReview,
	type GradeOutcome,
	type ReviewRecord,
	type SchedulerOptions
} from './scheduler';
export {
	studyDayStart,
	nextStudyDayStart,
	studyDayKey,
	studyDayDate,
	reviewDueAt,
	runtimeTimeZone
} from './study-day';
export { formatInterval, formatIntervalDays } from './format';
export {
	isDueNow,
	queueKind,
	buildSessionQueue,
	queueCounts,
	type QueueKind,
	type DoneToday
} from './queue';
export {
	compareTypedAnswer,
	normaliseAnswer,
	type DiffSegment,
	type TypedAnswerComparison
} from './typein';
export {
	createImeSubmitGuard,
	isCandidateImeText,
	type ImeAction,
	type ImeKeyInfo,
	type ImeSubmitGuard,
	type ImeSubmitGuardOptions
} from './ime';
export {
	MIN_TRAINING_ITEMS,
	fitOf,
	isFsrsParameters,
	trainingSet,
	type Fit,
	type HistoryReview,
	type TrainingSet
} from './optimise';
export type { OptimiseRequest, OptimiseResponse } from './optimiser-core';
