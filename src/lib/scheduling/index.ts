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
	DEFAULT_PRESET_ID,
	PRESET_LABELS,
	PresetError,
	decksOfPreset,
	defaultPreset,
	newPresetId,
	presetOf,
	schedulerSettingsFor,
	validatePreset,
	type Preset,
	type PresetBook,
	type PresetSchedulingFields
} from './presets';
export {
	Scheduler,
	GRADES,
	isGrade,
	isLeech,
	storedInterval,
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
export { intervalOf, intervalOfDays, type Interval, type IntervalUnit } from './format';
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
export {
	shareDailyLimits,
	waterFill,
	type CollectionLimits,
	type DeckDay,
	type DeckShare
} from './limits';
export {
	SiblingGate,
	buries,
	buryKindOf,
	siblingsToBury,
	spreadSiblings,
	type BuryKind,
	type BuryOptions,
	type SiblingCard
} from './siblings';
