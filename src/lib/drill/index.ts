/**
 * Public API of the command drill (see `README.md` in this folder).
 *
 * - {@link judgeCommand}: judge a typed line against a command template, by meaning.
 * - {@link createHost} / {@link runLine}: the simulated Ubuntu host (pure, plain-text output).
 * - {@link loadDrills} / {@link checkDrill} / {@link hintAt} / {@link ratingFor}: drills as data.
 */
export {
	judgeCommand,
	judgePlan,
	judgeTaskStep,
	readTemplate,
	normalisePlan,
	DEFAULT_USER
} from './judge';
export type { Verdict, JudgeContext, TemplateSource, ReadTemplate } from './judge';
export { checkCommandItem, type CommandCheck } from './check-commands';
export { compileTemplate, fillSamples, type CompiledTemplate } from './template';
export type { Reason, Param, OptionRef } from './reasons';
export {
	createHost,
	runLine,
	runAnalysed,
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
	revealOf,
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
	Goal,
	Hint
} from './scenarios';
export { parseLine, MAX_LINE_LENGTH } from './parse';
export type { ParsedLine, ParseResult, ParseFailure, ShellContext } from './parse';
export { PROGRAMS, findProgram, isRealProgram } from './programs';
export type { ProgramSpec, OptionDef, ParsedArgs } from './spec';
