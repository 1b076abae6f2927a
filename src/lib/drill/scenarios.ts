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
import { judgePlan, normalisePlan, readTemplate, type ReadTemplate, type Verdict } from './judge';
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

function scenarioVerdict(
	drill: Extract<Drill, { kind: 'scenario' }>,
	run: { state: HostState },
	start: HostState,
	used: number,
	normalised: string
): { verdict: Verdict; unmet: Reason[]; solved: boolean } {
	const unmetGoals = drill.goals.filter((g) => !goalMet(run.state, g, start));
	const unmet = unmetGoals.map(describeGoal);
	const reference = drill.solution.length;
	const lost = dbGroups(start, start.loginUser).filter(
		(g) => !dbGroups(run.state, run.state.loginUser).includes(g)
	);
	const make = (kind: Verdict['verdict'], reasons: Reason[]): Verdict => ({
		verdict: kind,
		reasons,
		reasonIds: reasons.map((r) => r.id),
		normalised
	});
	let verdict: Verdict;
	if (unmetGoals.length === 0)
		verdict =
			used > reference
				? make('correct-with-note', [reason('more-commands-than-reference', { used, reference })])
				: { ...make('correct', []), summary: reason('goal-reached', { used, reference }) };
	else if (lost.length > 0)
		verdict = make('wrong', [
			reason('user-lost-groups', { user: start.loginUser, groups: lost.join(', ') }),
			reason('goal-not-reached', { goals: unmet })
		]);
	else verdict = make('wrong', [reason('goal-not-reached', { goals: unmet })]);
	return { verdict, unmet, solved: unmetGoals.length === 0 };
}

/**
 * Check one typed line. Recall drills judge the line by meaning (with the host's files, so the
 * second step of the two-step install is recognised) and also run it on the host; scenarios run
 * it and test the goals. The line is analysed once for both. Never throws; the input host is left
 * unchanged.
 */
export function checkDrill(drill: Drill, line: string, host?: HostState): DrillCheck {
	const before = host ?? startHost(drill);
	const shell = shellContext(before);
	const analysed = analyseLine(line, shell);
	const run = runAnalysed(before, line, analysed);
	const commandsUsed = run.state.history.length;
	const common = {
		host: run.state,
		output: run.output,
		exitCode: run.exitCode,
		...(run.clear ? { clear: true } : {}),
		commandsUsed
	};
	if (drill.kind === 'recall') {
		const session = currentSession(before);
		const verdict = judgePlan(templateOf(drill, before.loginUser), analysed, {
			user: before.loginUser,
			shellUser: session.user,
			slots: drill.slots,
			files: fileKinds(before),
			sudoer: session.user === 'root' || session.groups.includes('sudo') || session.gid === 'sudo'
		});
		return {
			verdict,
			...common,
			solved: verdict.verdict !== 'wrong',
			referenceCommands: 1,
			unmet: []
		};
	}
	const normalised = analysed.ok ? normalisePlan(analysed.plan) : '';
	const s = scenarioVerdict(drill, run, startHost(drill), commandsUsed, normalised);
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
