/**
 * The drill screen: one run of a drill on the terminal ({@link DrillRun}) and the screen that
 * opens the drill named in the URL ({@link DrillRunScreen}). Grades and scenario results go
 * through the drill services; nothing typed is executed or sent anywhere (each line goes to the
 * pure simulated host and judge in `$lib/drill`).
 */
import {
	HINT_LEVELS,
	MAX_LINE_LENGTH,
	checkDrill,
	describeGoal,
	goalMet,
	hintAt,
	prompt as promptOf,
	ratingFor,
	startHost,
	type Drill,
	type DrillCheck,
	type Hint,
	type HostState,
	type Reason
} from '$lib/drill';
import type { Grade } from '$lib/scheduling';
import type { ServiceContext } from '$lib/services/context';
import { gradeDrill, recordScenarioResult, type ScenarioResult } from '$lib/services/drill';
import { drillCatalog, type DrillCatalog } from './drill-catalog.svelte';
import { Loaded } from './loaded.svelte';

export type { ScenarioResult } from '$lib/services/drill';

/**
 * One line of the terminal: a typed command after its prompt, what the host printed, or a remark
 * of the drill host (what it did not simulate …) for the UI to render in its language.
 */
export type TerminalEntry =
	| { id: number; kind: 'command'; prompt: string; text: string }
	| { id: number; kind: 'output'; text: string; error: boolean }
	| { id: number; kind: 'note'; reason: Reason };

/** A goal of a scenario with whether it holds on the current host. */
export interface GoalStatus {
	goal: string;
	/** The goal for the UI to render in its language. */
	text: Reason;
	met: boolean;
}

/** The FSRS grade a recall run wrote. */
export interface DrillGrade {
	rating: Grade;
	/** When the card is next due. */
	due: Date;
	/** `due` minus the grading time, in milliseconds. */
	intervalMs: number;
}

/** What a {@link DrillRun} needs from the app. */
export interface DrillRunOptions {
	/** Where grades and scenario results go; null (no storage) runs without saving anything. */
	context: () => ServiceContext | null;
	/** A write failed (it was rolled back); the run goes on. */
	onWriteError?: (error: unknown) => void;
	/** A grade was written (the app remembers the device has progress). */
	onGraded?: () => void;
}

/** Reason id of the first step of Docker's two-step install: progress, not a mistake. */
const INTERMEDIATE_REASONS = ['two-step-incomplete'];

/**
 * One run of a drill on the terminal screen. Recall: every line is judged; the first line that is
 * not wrong solves the drill and grades its card (`ratingFor`: right first time = Good, after
 * hints or wrong tries = Hard); revealing the answer grades Again. Each card is graded at most
 * once per run; after that the terminal is for practice. Scenario: lines run on the host until
 * every goal holds; the best count of commands is stored.
 */
export class DrillRun {
	readonly drill: Drill;
	/** The simulated host the lines run on (replaced, never mutated, by each line). */
	host: HostState;
	entries = $state.raw<TerminalEntry[]>([]);
	/** Highest hint level shown (0 none … {@link HINT_LEVELS} revealed). */
	hintLevel = $state(0);
	/** Wrong lines before the drill was solved (intermediate steps do not count). */
	wrongAttempts = $state(0);
	/** The last judged line. */
	last = $state.raw<DrillCheck | null>(null);
	solved = $state(false);
	/** Scenario: commands used when the goal was first reached. */
	solvedWith = $state<number | null>(null);
	/** Scenario: the stored best after this run (when saved). */
	best = $state.raw<ScenarioResult | null>(null);
	/** Recall: the grade written for this run. */
	graded = $state.raw<DrillGrade | null>(null);
	busy = $state(false);

	// Getters, not $derived fields: they read `drill` and `host`, which the constructor sets.
	// Reading them in a template or effect is still reactive (they read $state).

	/** The shell prompt for the next line (`alice@ubuntu:~$ `). */
	get prompt(): string {
		return promptOf(this.host);
	}

	/** The answer has been shown (last hint level). */
	get revealed(): boolean {
		return this.hintLevel >= HINT_LEVELS;
	}

	/** Hints shown so far, level 1 first (authored Markdown or reasons for the UI to render). */
	get hints(): Hint[] {
		const shown: Hint[] = [];
		for (let level = 1; level <= this.hintLevel; level++) {
			const hint = hintAt(this.drill, level);
			if (hint) shown.push(hint);
		}
		return shown;
	}

	/** Scenario goals on the current host (empty for recall drills). */
	get goals(): GoalStatus[] {
		const d = this.drill;
		if (d.kind !== 'scenario') return [];
		return d.goals.map((goal) => ({
			goal,
			text: describeGoal(goal),
			met: goalMet(this.host, goal, this.#start)
		}));
	}

	/** Recall: graded or revealed, so further lines are practice only. */
	get finished(): boolean {
		return this.graded !== null || (this.drill.kind === 'recall' && this.revealed);
	}

	#start: HostState;
	#serial = 0;
	#options: DrillRunOptions;

	constructor(drill: Drill, options: DrillRunOptions) {
		this.drill = drill;
		this.#options = options;
		this.#start = startHost(drill);
		this.host = $state.raw(this.#start);
	}

	/**
	 * Run one typed line (cut at {@link MAX_LINE_LENGTH}): show it and the host's output, judge it,
	 * and grade or record the result when the drill is solved. A blank line only prints a prompt.
	 */
	async submit(line: string): Promise<void> {
		// Never dropped, even while a grade is being written: the line itself is pure and instant,
		// and `solved` is set before any await, so a card is still graded once.
		const text = line.slice(0, MAX_LINE_LENGTH);
		const command: TerminalEntry = {
			id: this.#serial++,
			kind: 'command',
			prompt: this.prompt,
			text
		};
		if (text.trim() === '') {
			this.entries = [...this.entries, command];
			return;
		}
		const check = checkDrill(this.drill, text, this.host);
		// `clear` is a screen action: the host says whether the line asked for it.
		const cleared = check.clear === true;
		this.host = check.host;
		this.last = check;
		const output: TerminalEntry[] = check.output
			? [{ id: this.#serial++, kind: 'output', text: check.output, error: check.exitCode !== 0 }]
			: [];
		for (const reason of check.notes) output.push({ id: this.#serial++, kind: 'note', reason });
		this.entries = cleared ? [] : [...this.entries, command, ...output];

		if (this.drill.kind === 'recall') {
			if (this.finished || this.solved) return;
			if (check.verdict.verdict === 'wrong') {
				if (!check.verdict.reasonIds.some((r) => INTERMEDIATE_REASONS.includes(r)))
					this.wrongAttempts++;
				return;
			}
			this.solved = true;
			await this.#grade(
				ratingFor({ solved: true, hintLevel: this.hintLevel, wrongAttempts: this.wrongAttempts })
			);
			return;
		}
		if (check.solved && !this.solved) {
			this.solved = true;
			this.solvedWith = check.commandsUsed;
			await this.#recordScenario(check.commandsUsed, check.referenceCommands);
		}
	}

	/** Show the next hint; the last level reveals the answer, which grades a recall card Again. */
	async nextHint(): Promise<void> {
		if (this.hintLevel >= HINT_LEVELS || this.busy) return;
		this.hintLevel++;
		if (this.drill.kind === 'recall' && this.revealed && !this.solved && !this.graded) {
			await this.#grade(
				ratingFor({ solved: false, hintLevel: this.hintLevel, wrongAttempts: this.wrongAttempts })
			);
		}
	}

	/** Start the host over (a fresh machine) and clear the screen; grades and hints stay. */
	restart(): void {
		this.host = this.#start;
		this.entries = [];
		this.last = null;
		if (this.drill.kind === 'scenario') {
			this.solved = false;
			this.solvedWith = null;
		}
	}

	async #grade(rating: Grade): Promise<void> {
		const ctx = this.#options.context();
		if (!ctx) return;
		this.busy = true;
		try {
			const now = ctx.now();
			const result = await gradeDrill(ctx, this.drill.id, rating);
			this.graded = {
				rating,
				due: result.card.due,
				intervalMs: Math.max(0, result.card.due.getTime() - now.getTime())
			};
			this.#options.onGraded?.();
		} catch (error) {
			this.#options.onWriteError?.(error);
		} finally {
			this.busy = false;
		}
	}

	async #recordScenario(used: number, reference: number): Promise<void> {
		const ctx = this.#options.context();
		if (!ctx) return;
		this.busy = true;
		try {
			this.best = await recordScenarioResult(ctx, this.drill.id, used, reference);
		} catch (error) {
			this.#options.onWriteError?.(error);
		} finally {
			this.busy = false;
		}
	}
}

/**
 * The drill screen: the drill named by `id` (from the URL), loaded from the catalog, and one
 * {@link DrillRun} of it. Create inside a component.
 */
export class DrillRunScreen {
	readonly #loaded: Loaded<DrillRun | null, string>;
	readonly #catalog: DrillCatalog;

	constructor(
		id: () => string | null,
		options: DrillRunOptions,
		catalog: DrillCatalog = drillCatalog
	) {
		this.#catalog = catalog;
		this.#loaded = new Loaded(id, async (wanted) => {
			await catalog.load();
			const drill = catalog.find(wanted);
			return drill ? new DrillRun(drill, options) : null;
		});
	}

	/** The run; undefined while the drill loads, null when no drill has the id. */
	get run(): DrillRun | null | undefined {
		return this.#loaded.current;
	}

	/** The next drill of the same kind in file order (wrapping), for the "next" link. */
	get nextHref(): string {
		const drills = this.#catalog.drills;
		const current = this.run?.drill;
		if (!drills || !current) return '/drill';
		const same = drills.filter((d) => d.kind === current.kind);
		const next = same[(same.findIndex((d) => d.id === current.id) + 1) % same.length];
		return next && next.id !== current.id ? drillHref(next.id) : '/drill';
	}
}

/** The page of one drill. */
export const drillHref = (id: string): string => `/drill/run?id=${encodeURIComponent(id)}`;
