/**
 * The command drill joined to the database: the drill deck (every recall drill is a `command`
 * card in the deck `bundled:drills`, scheduled by FSRS like any card), scenario results, and one
 * run of a drill on the drill screen ({@link DrillRun}).
 *
 * Nothing typed is executed or sent anywhere: each line goes to the pure simulated host and judge
 * in `$lib/drill`.
 */
import type { NoteCard, ParsedNotes } from '$lib/content/types';
import {
	bundledDeckOutdated,
	getSetting,
	gradeCard,
	setSetting,
	syncBundledDecks,
	type StudyDb
} from '$lib/db';
import {
	HINT_LEVELS,
	MAX_LINE_LENGTH,
	checkDrill,
	compileTemplate,
	describeGoal,
	goalMet,
	hintAt,
	prompt as promptOf,
	revealOf,
	ratingFor,
	startHost,
	type Drill,
	type DrillCheck,
	type Hint,
	type HostState,
	type Reason,
	type RecallDrill
} from '$lib/drill';
import { Scheduler, type Grade, type SchedulerSettings } from '$lib/scheduling';
import { DRILL_VERSION_KEY } from './drill-sync.svelte';

/** The deck that holds one card per recall drill. */
export const DRILL_DECK_ID = 'bundled:drills';
/** File name the drill deck is stored under (`bundled:` + this is {@link DRILL_DECK_ID}). */
const DRILL_DECK_FILE = 'drills';
/** Deck title the learner sees on the home screen (content, like a notes deck's title). */
export const DRILL_DECK_TITLE = '명령어 드릴';
/** Setting holding {@link ScenarioResults}. */
const SCENARIO_RESULTS_KEY = 'drillScenarioResults';

/** What `virtual:drills` provides (see `scripts/drills-plugin.ts`). */
export interface DrillsModule {
	default: Drill[];
	version: string;
}

const importDrills = (): Promise<DrillsModule> => import('virtual:drills');

/** Every drill of this build (loaded and validated at build time). */
export async function bundledDrills(
	load: () => Promise<DrillsModule> = importDrills
): Promise<Drill[]> {
	return (await load()).default;
}

/** The drills of this build, loaded once on demand (the data sits in its own chunk). */
class DrillCatalog {
	/** Null until {@link DrillCatalog.load} resolved. */
	drills = $state.raw<Drill[] | null>(null);
	#loading: Promise<Drill[]> | null = null;

	/** Load the drills (once; later calls share the first load). */
	load(): Promise<Drill[]> {
		this.#loading ??= bundledDrills().then((drills) => (this.drills = drills));
		return this.#loading;
	}

	/** The drill with this id, once loaded. */
	find(id: string): Drill | undefined {
		return this.drills?.find((d) => d.id === id);
	}
}

export const drillCatalog = new DrillCatalog();

/** The card id of a recall drill: stable while the drill id is (`drill:<id>`). */
export function drillCardId(drillId: string): string {
	return `drill:${drillId}`;
}

/**
 * The drill deck as parsed notes: one `command` card per recall drill (scenarios are not cards).
 * Front: the task (Markdown); back: the answer with slots filled; `command.template`: what the
 * review screen judges a typed line against. Card ids come from drill ids ({@link drillCardId}).
 */
export function drillDeckNotes(drills: Drill[]): ParsedNotes {
	const cards: NoteCard[] = drills
		.filter((d): d is RecallDrill => d.kind === 'recall')
		.map((d) => ({
			id: drillCardId(d.id),
			anchor: `drill:${d.id}`,
			kind: 'command',
			front: d.prompt,
			back: revealOf(d),
			topic: [DRILL_DECK_TITLE],
			command: {
				template: d.expected,
				original: d.expected,
				slots: compileTemplate(d.expected).slots.map(({ name, label }) => ({ name, label }))
			},
			tags: [...d.tags, 'drill'],
			source: { ...d.source }
		}));
	return { file: DRILL_DECK_FILE, title: DRILL_DECK_TITLE, cards, warnings: [] };
}

/**
 * Bring the drill deck up to date with this build (same rules as the bundled notes deck: history
 * of unchanged cards kept, cards of removed drills retired). Writes only when the drills changed.
 * @param load where the drills come from (tests pass their own).
 */
export async function syncDrillDeck(
	db: StudyDb,
	now: Date,
	load: () => Promise<DrillsModule> = importDrills
): Promise<void> {
	const { default: drills, version } = await load();
	if (!(await bundledDeckOutdated(db, version, DRILL_VERSION_KEY))) return;
	// After the bundled decks in the new-card order (they use slots 0…99).
	await syncBundledDecks(db, [drillDeckNotes(drills)], version, now, DRILL_VERSION_KEY, 100);
}

/** The best run of a scenario on this device. */
export interface ScenarioResult {
	/** Fewest commands the learner reached the goal with. */
	best: number;
	/** Commands in the reference solution. */
	reference: number;
	/** When the best run was solved. */
	solvedAt: Date;
}

/** Scenario id → best result. */
export type ScenarioResults = Record<string, ScenarioResult>;

/** Read every stored scenario result. */
export async function loadScenarioResults(db: StudyDb): Promise<ScenarioResults> {
	return getSetting<ScenarioResults>(db, SCENARIO_RESULTS_KEY, {});
}

/** Record a solved scenario; only a run with fewer commands replaces the stored best. */
export async function recordScenarioResult(
	db: StudyDb,
	id: string,
	used: number,
	reference: number,
	now: Date
): Promise<ScenarioResult> {
	return db.transaction('rw', db.settings, async () => {
		const all = await loadScenarioResults(db);
		const old = all[id];
		const result = old && old.best <= used ? old : { best: used, reference, solvedAt: now };
		await setSetting(db, SCENARIO_RESULTS_KEY, { ...all, [id]: result });
		return result;
	});
}

/** One line of the terminal: a typed command after its prompt, or what the host printed. */
export type TerminalEntry =
	| { id: number; kind: 'command'; prompt: string; text: string }
	| { id: number; kind: 'output'; text: string; error: boolean };

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
	/** Where grades and scenario results go; `null` runs the drill without saving anything. */
	db: StudyDb | null;
	settings: SchedulerSettings;
	clock?: () => Date;
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
	#clock: () => Date;

	constructor(drill: Drill, options: DrillRunOptions) {
		this.drill = drill;
		this.#options = options;
		this.#clock = options.clock ?? (() => new Date());
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
		const { db, settings } = this.#options;
		if (!db) return;
		this.busy = true;
		try {
			const now = this.#clock();
			const result = await gradeCard(
				db,
				new Scheduler(settings),
				drillCardId(this.drill.id),
				rating,
				now,
				'drill'
			);
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
		const { db } = this.#options;
		if (!db) return;
		this.busy = true;
		try {
			this.best = await recordScenarioResult(db, this.drill.id, used, reference, this.#clock());
		} catch (error) {
			this.#options.onWriteError?.(error);
		} finally {
			this.busy = false;
		}
	}
}
