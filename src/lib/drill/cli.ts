/**
 * The logic of `npm run drill` (scripts/drill.ts), without file or process access so it can be
 * tested: `list` prints every drill id, kind and prompt; `check <id> "<line>" …` prints the verdict
 * of the last line as JSON; `judge "<template>" "<typed>"` judges a line against any template.
 * Exit status 1 on an unknown id, a drill file error or a usage error.
 */
import { judgeCommand, type Verdict } from './judge';
import type { Reason } from './reasons';
import { checkDrill, formatDrillError, loadDrills, startHost, type DrillCheck } from './scenarios';

/** What the command prints and its exit status. */
export interface CliResult {
	stdout: string;
	stderr: string;
	exitCode: number;
}

const USAGE =
	'usage: npm run drill -- list | check <drill-id> "<command>" ["<command>" …] | judge "<template>" "<typed>" [--locale ko|en]';

/** Renders a reason as text (the script passes the UI's Paraglide renderer). */
export type RenderReason = (r: Reason) => string;

function verdictJson(v: Verdict, render?: RenderReason): Record<string, unknown> {
	return {
		verdict: v.verdict,
		normalised: v.normalised,
		reasonIds: v.reasonIds,
		reasons: v.reasons,
		...(render ? { text: v.reasons.map(render) } : {}),
		...(v.summary ? { summary: render ? render(v.summary) : v.summary.id } : {})
	};
}

/**
 * Run the drill CLI on already-read drill files.
 * @param args the arguments after `--` (e.g. `['check', 'docker-group', 'sudo usermod -G docker alice']`)
 * @param files drill files as `{ path, text }` (README.md left out by the caller)
 */
export function drillCli(
	args: string[],
	files: { path: string; text: string }[],
	render?: RenderReason
): CliResult {
	const fail = (message: string): CliResult => ({
		stdout: '',
		stderr: message + '\n',
		exitCode: 1
	});
	const positional = args.filter((a, i) => a !== '--locale' && args[i - 1] !== '--locale');
	if (positional[0] === 'judge') {
		const [, template, typed] = positional;
		if (template === undefined || typed === undefined || positional.length !== 3)
			return fail(USAGE);
		const v = judgeCommand(template, typed);
		return {
			stdout: JSON.stringify(verdictJson(v, render), null, 2) + '\n',
			stderr: '',
			exitCode: 0
		};
	}
	const loaded = loadDrills(files);
	if (loaded.errors.length > 0) return fail(loaded.errors.map(formatDrillError).join('\n'));
	const [command, id, ...lines] = positional;
	if (command === 'list') {
		const rows = loaded.drills.map((d) => {
			const text = (d.kind === 'scenario' ? d.title : d.prompt).replace(/\s+/g, ' ');
			return `${d.id}\t${d.kind}\t${text}\n`;
		});
		return { stdout: rows.join(''), stderr: '', exitCode: 0 };
	}
	if (command !== 'check' || !id || lines.length === 0) return fail(USAGE);
	const drill = loaded.drills.find((d) => d.id === id);
	if (!drill) {
		return fail(
			`unknown drill id '${id}'. Known ids: ${loaded.drills.map((d) => d.id).join(', ')}`
		);
	}
	let host = startHost(drill);
	let last: DrillCheck | null = null;
	// Each argument is a line; an argument may also hold several lines.
	for (const line of lines.flatMap((l) => l.split('\n'))) {
		last = checkDrill(drill, line, host);
		host = last.host;
	}
	if (!last) return fail(USAGE);
	const out = {
		drill: drill.id,
		...verdictJson(last.verdict, render),
		...(drill.kind === 'scenario'
			? {
					solved: last.solved,
					commandsUsed: last.commandsUsed,
					referenceCommands: last.referenceCommands,
					unmet: last.unmet
				}
			: {}),
		output: last.output
	};
	return { stdout: JSON.stringify(out, null, 2) + '\n', stderr: '', exitCode: 0 };
}
