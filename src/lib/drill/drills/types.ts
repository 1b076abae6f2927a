/** The shapes of drills (format: `questions/drills/README.md`). */
import type { HostPreset } from '../host';

/** Where a drill was defined. `line` is 1-based. */
export interface DrillSource {
	file: string;
	line: number;
}

/**
 * Authored overrides for the first three hint levels (Markdown, Korean), with their English
 * forms (`…En`). A level without an English form falls back to the generated hint in English.
 */
export interface DrillHints {
	program?: string;
	options?: string;
	skeleton?: string;
	programEn?: string;
	optionsEn?: string;
	skeletonEn?: string;
}

/** Type one command from memory. */
export interface RecallDrill {
	kind: 'recall';
	id: string;
	/** The task in Korean (Markdown). */
	prompt: string;
	/** The task in English (Markdown), for the English UI. */
	promptEn: string;
	/** Command template, slots as `{name}` (`sudo usermod -aG docker {user}`). */
	expected: string;
	/** Accepted values per slot; `{user}` defaults to the learner name. */
	slots: Record<string, string[]>;
	hints: DrillHints;
	/** Host the typed line runs on when the screen shows output. */
	start: HostPreset;
	/**
	 * Lines run on the start host before the drill begins (not counted); see {@link startHost}.
	 * Optional so drills built by hand need not list it; loaded drills always have it.
	 */
	setup?: string[];
	tags: string[];
	source: DrillSource;
}

/**
 * A goal over host state. `docker-installed`, `daemon-running`, `member:<group>` (the login user
 * is in the group in /etc/group), `session-group:<group>` (the current shell holds the group),
 * `ran:<command>` (e.g. `ran:docker ps`: it exited 0 without sudo), `keeps-groups` (the login
 * user is still in every group it started with), `container-running:<image>`, `port:<host port>`
 * (a running container publishes it), `image:<name[:tag]>` (present locally), `no-containers`.
 */
export type Goal = string;

/** Reach a goal on the simulated host. */
export interface ScenarioDrill {
	kind: 'scenario';
	id: string;
	title: string;
	titleEn: string;
	prompt: string;
	promptEn: string;
	start: HostPreset;
	goals: Goal[];
	/** Reference solution, one command line per entry. */
	solution: string[];
	/**
	 * Lines run on the start host before the drill begins (not counted); see {@link startHost}.
	 * Optional so drills built by hand need not list it; loaded drills always have it.
	 */
	setup?: string[];
	hints: DrillHints;
	tags: string[];
	source: DrillSource;
}

export type Drill = RecallDrill | ScenarioDrill;

/** A problem in a drill file; `reason` is English for authors. */
export interface DrillFileError {
	file: string;
	line: number;
	reason: string;
}

/** Format an error the way compilers do: `file:line: reason`. */
export function formatDrillError(e: DrillFileError): string {
	return `${e.file}:${e.line}: ${e.reason}`;
}

/** What loading returns: every valid drill, and every problem found. */
export interface LoadedDrills {
	drills: Drill[];
	errors: DrillFileError[];
}

/** Number of hint levels; the last one reveals the answer. */
export const HINT_LEVELS = 4;
