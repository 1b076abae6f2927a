/**
 * Command-line access to the drills, for authors:
 *
 *   npm run drill -- list                         # every drill id, kind and prompt
 *   npm run drill -- check <drill-id> "<command>" # verdict as JSON
 *   npm run drill -- check <scenario-id> "<line 1>" "<line 2>" …
 *   npm run drill -- judge "<template>" "<typed>" [--locale en]   # any template, verdict as JSON
 *
 * `check` judges the command against the drill (recall) or runs the lines on a fresh simulated
 * host (scenario), and prints `{ verdict, normalised, reasonIds, reason, … }`. Exit status 1 on an
 * unknown id, a drill file error or a usage error. Nothing typed is executed. The logic lives in
 * `src/lib/drill/cli.ts`; this file only reads the files and writes the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderReason, type Locale } from '../src/lib/components/drill/reasons';
import { drillCli } from '../src/lib/drill/cli';

const dir = join(process.cwd(), 'questions', 'drills');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
	.sort()
	.map((f) => ({
		path: relative(process.cwd(), join(dir, f)),
		text: readFileSync(join(dir, f), 'utf8')
	}));

// `npm run drill -- list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

const args = process.argv.slice(2);
const at = args.indexOf('--locale');
const locale: Locale = at >= 0 && args[at + 1] === 'en' ? 'en' : 'ko';
const result = drillCli(args, files, (r) => renderReason(r, locale));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
