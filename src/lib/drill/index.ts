/**
 * Public API of the command drill (see `README.md` in this folder).
 *
 * - {@link judgeCommand}: judge a typed line against a command template, by meaning.
 * - {@link createHost} / {@link runLine}: the simulated Ubuntu host (pure, plain-text output).
 * - {@link loadDrills} / {@link checkDrill} / {@link hintAt} / {@link ratingFor}: drills as data.
 */
export { judgeCommand, normalisePlan, DEFAULT_USER } from './judge';
export type { Verdict, JudgeContext } from './judge';
export {
	createHost,
	runLine,
	login,
	prompt,
	currentSession,
	dbGroups,
	shellContext,
	DOCKER_VERSION
} from './host';
export type {
	HostState,
	HostPreset,
	HostSession,
	HostContainer,
	HostFile,
	HostUser,
	HostGroup,
	RunResult,
	FileKind
} from './host';
export {
	loadDrills,
	checkDrill,
	hintAt,
	ratingFor,
	commandDrillFromItem,
	describeGoal,
	goalMet,
	startHost,
	skeletonOf,
	formatDrillError,
	HINT_LEVELS
} from './scenarios';
export type {
	Drill,
	RecallDrill,
	ScenarioDrill,
	DrillCheck,
	DrillOutcome,
	DrillHints,
	DrillSource,
	DrillFileError,
	LoadedDrills,
	Goal
} from './scenarios';
export { parseLine, MAX_LINE_LENGTH } from './parse';
export type { ParsedLine, ParseResult, ParseFailure, ShellContext } from './parse';
export { PROGRAMS, findProgram } from './specs';
export type { ProgramSpec, OptionDef, ParsedArgs } from './specs';
