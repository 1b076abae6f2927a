/**
 * What the drill tells the learner, as data: a reason id and its parameters. The UI renders each
 * reason through Paraglide (`drill_reason_<id>` in `messages/{ko,en}.json`, dashes as
 * underscores); the domain never builds a sentence. Parameters are command text (shown as typed),
 * numbers, option references (shown with the option's description in the UI language) or nested
 * reasons.
 */

/** An option as the learner should read it: its spelling and what it does. */
export interface OptionRef {
	option: string;
	/** The program's own description (English), shown when no translation exists. */
	doc?: string;
	/**
	 * Message key suffixes of a translated description (`drill_optdoc_<key>`), most specific
	 * first: the command's own (`docker_ps_all`), then one shared by the program's commands
	 * (`docker_format`) where the option means the same everywhere.
	 */
	docKeys?: string[];
}

/** A parameter value of a reason. */
export type Param = string | number | OptionRef | Reason | Param[];

/** One reason: `id` is stable (tests and the UI key on it). */
export interface Reason {
	id: string;
	params?: Record<string, Param>;
}

/** Build a reason. */
export function reason(id: string, params?: Record<string, Param>): Reason {
	return params ? { id, params } : { id };
}

/** True when a value is a nested reason. */
export function isReason(p: Param): p is Reason {
	return typeof p === 'object' && p !== null && !Array.isArray(p) && 'id' in p;
}

/** True when a value is an option reference. */
export function isOptionRef(p: Param): p is OptionRef {
	return typeof p === 'object' && p !== null && !Array.isArray(p) && 'option' in p;
}

/** Message key of a reason id (`usermod-no-append` → `drill_reason_usermod_no_append`). */
export function reasonKey(id: string): string {
	return 'drill_reason_' + id.replace(/-/g, '_');
}
