/** One option of a Docker CLI command, as in its `--help`. */
export interface CliOption {
	/** One-letter shorthand (`d` for `-d`), if any. */
	s?: string;
	/** Long name without dashes (`detach`). */
	l: string;
	/** Value type as the help names it (`string`, `list`, `int`, …); absent for a boolean flag. */
	t?: string;
	/** The help's description, first sentence (English, as Docker prints it). */
	d: string;
}

/** One command: `docker container run`, `docker compose up`, … */
export interface CliCommand {
	/** The usage line, Docker's grammar: `docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
	usage: string;
	/** One-line description (English). */
	d: string;
	/** Other names of the same command, without `docker ` (`run`, `container create`). */
	aliases?: string[];
	o: CliOption[];
	/** Subcommand names, for management commands. */
	sub?: string[];
}

/** Command path (`docker container run`) → command. */
export type CliTable = Record<string, CliCommand>;
