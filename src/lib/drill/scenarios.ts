/**
 * Drills as data: checking a typed line against a drill and the FSRS rating of an outcome.
 * Loading lives in `drills/load.ts`, goals in `drills/goals.ts`, the hint ladder in
 * `drills/hints.ts`; this module re-exports them as the drill API.
 *
 * Two kinds of drill (format in `questions/drills/README.md`):
 * - `recall`: type one command from memory; judged by {@link judgeCommand}.
 * - `scenario`: reach a goal on the simulated host with any sequence of commands (like Learn Git
 *   Branching levels); the result compares the number of commands with the reference solution.
 *
 * Each typed line is read once: the same analysis runs on the host and goes to the judge.
 */
import { Rating } from 'ts-fsrs';
import { analyseLine } from './analyse';
import { currentSession, dbGroups, runAnalysed, shellContext, type HostState } from './host';
import {
	judgePlan,
	judgeTaskStep,
	normalisePlan,
	readTemplate,
	type JudgeContext,
	type ReadTemplate,
	type Verdict
} from './judge';
import { reason, type Reason } from './reasons';
import { describeGoal, goalMet } from './drills/goals';
import { startHost } from './drills/start';
import { HINT_LEVELS, type Drill, type RecallDrill } from './drills/types';

export * from './drills/types';
export { loadDrills } from './drills/load';
export { describeGoal, goalMet } from './drills/goals';
export { startHost } from './drills/start';
export { hintAt, skeletonOf, revealOf, commandDrillFromItem, type Hint } from './drills/hints';

/** The result of one typed line in a drill. */
export interface DrillCheck {
	verdict: Verdict;
	/** Host after the line ran (the host passed in is not modified). */
	host: HostState;
	/** What the terminal shows for the line (plain text, as the programs print it). */
	output: string;
	exitCode: number;
	/** Recall: verdict is not wrong. Scenario: every goal holds. */
	solved: boolean;
	/** Lines run on this host so far (including this one). */
	commandsUsed: number;
	/** Lines in the reference solution (1 for recall drills). */
	referenceCommands: number;
	/** Goals not yet met (scenarios), as reasons for the UI to render. */
	unmet: Reason[];
	/** Remarks of the drill host about this line (what it did not simulate …), for the terminal. */
	notes: Reason[];
	/**
	 * Scenarios: what the judge says about this line itself, when there is something to say (a
	 * task judge's verdict, such as a misplaced sudo in the install; the learner losing groups),
	 * without the goals' status. Null for recall drills and for lines with nothing to say.
	 */
	step: Verdict | null;
	/** The line asked the screen to clear (`clear`). */
	clear?: boolean;
}

function fileKinds(host: HostState): Record<string, string> {
	return Object.fromEntries(Object.entries(host.files).map(([name, f]) => [name, f.kind]));
}

const templates = new WeakMap<RecallDrill, ReadTemplate>();

function templateOf(drill: RecallDrill, user: string): ReadTemplate {
	let t = templates.get(drill);
	if (!t) templates.set(drill, (t = readTemplate(drill.expected, user)));
	return t;
}

function verdictOf(kind: Verdict['verdict'], reasons: Reason[], normalised: string): Verdict {
	return { verdict: kind, reasons, reasonIds: reasons.map((r) => r.id), normalised };
}

/**
 * A scenario step: the goals on the host after the line, and the verdict of a task judge when
 * the line is an attempt at such a task (`task`). A step the task judge calls wrong is wrong and
 * does not solve the scenario, even when the host reached the goals (case C26); its notes are
 * kept on a step that is right. A learner who lost groups on the way (C23) is told so.
 */
function scenarioVerdict(
	drill: Extract<Drill, { kind: 'scenario' }>,
	after: HostState,
	used: number,
	normalised: string,
	task: Verdict | null
): { verdict: Verdict; unmet: Reason[]; solved: boolean; step: Verdict | null } {
	const start = startHost(drill);
	const unmetGoals = drill.goals.filter((g) => !goalMet(after, g, start));
	const unmet = unmetGoals.map(describeGoal);
	const reference = drill.solution.length;
	const lost = dbGroups(start, start.loginUser).filter(
		(g) => !dbGroups(after, after.loginUser).includes(g)
	);
	const open = unmetGoals.length ? [reason('goal-not-reached', { goals: unmet })] : [];
	const lostReason = lost.length
		? [reason('user-lost-groups', { user: start.loginUser, groups: lost.join(', ') })]
		: [];
	const step: Verdict | null =
		task && task.verdict === 'wrong'
			? task
			: lostReason.length && unmetGoals.length
				? verdictOf('wrong', [...lostReason, ...(task?.reasons ?? [])], normalised)
				: task && task.reasons.length
					? task
					: null;
	if (step?.verdict === 'wrong')
		return {
			verdict: verdictOf('wrong', [...step.reasons, ...open], normalised),
			unmet,
			solved: false,
			step
		};
	const notes = step?.reasons ?? [];
	if (unmetGoals.length > 0)
		return {
			verdict: verdictOf('wrong', [...open, ...notes], normalised),
			unmet,
			solved: false,
			step
		};
	const more =
		used > reference ? [reason('more-commands-than-reference', { used, reference })] : [];
	const verdict =
		notes.length + more.length
			? verdictOf('correct-with-note', [...notes, ...more], normalised)
			: {
					...verdictOf('correct', [], normalised),
					summary: reason('goal-reached', { used, reference })
				};
	return { verdict, unmet, solved: true, step };
}

/** What the judge knows of the host a line is typed on. */
function judgeContext(host: HostState): JudgeContext {
	const session = currentSession(host);
	return {
		user: host.loginUser,
		shellUser: session.user,
		files: fileKinds(host),
		sudoer: session.user === 'root' || session.groups.includes('sudo') || session.gid === 'sudo'
	};
}

/**
 * Check one typed line. Recall drills judge the line by meaning (with the host's files, so the
 * second step of the two-step install is recognised) and also run it on the host; scenarios run
 * it and test the goals. The line is analysed once for both. Never throws; the input host is left
 * unchanged.
 */
export function checkDrill(drill: Drill, line: string, host?: HostState): DrillCheck {
	const before = host ?? startHost(drill);
	const analysed = analyseLine(line, shellContext(before));
	const run = runAnalysed(before, line, analysed);
	const commandsUsed = run.state.history.length;
	const common = {
		host: run.state,
		output: run.output,
		exitCode: run.exitCode,
		notes: run.notes,
		...(run.clear ? { clear: true } : {}),
		commandsUsed
	};
	const ctx = judgeContext(before);
	if (drill.kind === 'recall') {
		const t = templateOf(drill, before.loginUser);
		const verdict = judgePlan(t, analysed, { ...ctx, slots: drill.slots });
		return {
			verdict,
			...common,
			solved: verdict.verdict !== 'wrong',
			referenceCommands: 1,
			unmet: [],
			step: null
		};
	}
	const normalised = analysed.ok ? normalisePlan(analysed.plan) : '';
	const task = judgeTaskStep(analysed, ctx);
	const s = scenarioVerdict(drill, run.state, commandsUsed, normalised, task);
	return { ...common, ...s, referenceCommands: drill.solution.length };
}

/** How a drill card went. `hintLevel` is the highest hint shown; reaching {@link HINT_LEVELS} is a reveal. */
export interface DrillOutcome {
	solved: boolean;
	hintLevel: number;
	wrongAttempts: number;
}

/**
 * FSRS rating of a drill card (ts-fsrs `Rating`): right first time with no hint = Good; right after
 * hints or after wrong tries = Hard; revealed or given up = Again. Easy is never given
 * automatically (issue 6: "right first time = Good, after hints = Hard, revealed = Again").
 */
export function ratingFor(outcome: DrillOutcome): Rating.Again | Rating.Hard | Rating.Good {
	if (!outcome.solved || outcome.hintLevel >= HINT_LEVELS) return Rating.Again;
	if (outcome.hintLevel > 0 || outcome.wrongAttempts > 0) return Rating.Hard;
	return Rating.Good;
}
