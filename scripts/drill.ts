/**
 * Command-line access to the drills, for authors:
 *
 *   npm run drill -- list                         # every drill id, kind and prompt
 *   npm run drill -- check <drill-id> "<command>" # verdict as JSON
 *   npm run drill -- check <scenario-id> "<line 1>" "<line 2>" …
 *
 * `check` judges the command against the drill (recall) or runs the lines on a fresh simulated
 * host (scenario), and prints `{ verdict, normalised, reasonIds, reason, … }`. Exit status 1 on an
 * unknown id, a drill file error or a usage error. Nothing typed is executed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	checkDrill,
	formatDrillError,
	loadDrills,
	startHost,
	type DrillCheck
} from '../src/lib/drill';

const dir = join(process.cwd(), 'questions', 'drills');

function fail(message: string): never {
	process.stderr.write(message + '\n');
	process.exit(1);
}

function load() {
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
		.sort()
		.map((f) => ({
			path: relative(process.cwd(), join(dir, f)),
			text: readFileSync(join(dir, f), 'utf8')
		}));
	const loaded = loadDrills(files);
	if (loaded.errors.length > 0) fail(loaded.errors.map(formatDrillError).join('\n'));
	return loaded.drills;
}

// `npm run drill -- list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

const [command, id, ...lines] = process.argv.slice(2);
if (command === 'list') {
	const rows = load().map((d) => {
		const text = (d.kind === 'scenario' ? d.title : d.prompt).replace(/\s+/g, ' ');
		return `${d.id}\t${d.kind}\t${text}\n`;
	});
	process.stdout.write(rows.join(''));
} else if (command === 'check') {
	if (!id || lines.length === 0)
		fail('usage: npm run drill -- check <drill-id> "<command>" ["<command>" …]');
	const drills = load();
	const drill = drills.find((d) => d.id === id);
	if (!drill) fail(`unknown drill id '${id}'. Known ids: ${drills.map((d) => d.id).join(', ')}`);
	let host = startHost(drill);
	let last: DrillCheck | null = null;
	for (const line of lines.flatMap((l) => l.split('\n'))) {
		last = checkDrill(drill, line, host);
		host = last.host;
	}
	const r = last!;
	const out = {
		drill: drill.id,
		verdict: r.verdict.verdict,
		normalised: r.verdict.normalised,
		reasonIds: r.verdict.reasonIds,
		reason: r.verdict.reason,
		...(drill.kind === 'scenario'
			? {
					solved: r.solved,
					commandsUsed: r.commandsUsed,
					referenceCommands: r.referenceCommands,
					unmet: r.unmet
				}
			: {}),
		output: r.output
	};
	process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
	fail('usage: npm run drill -- list | check <drill-id> "<command>"');
}
