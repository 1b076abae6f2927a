/**
 * `npm run cards -- <notes.md|folder>… [--json] [--lint] [--read]`: what the converter makes of
 * notes files (an author tool). A folder stands for its `*.md` files, recursively, in name order;
 * a folder with a corpus `manifest.json` (`tests/fixtures/corpus/`) for the files it lists.
 *
 * - default: the cards, command items and warnings of each file; warnings go to stderr as
 *   `file:line: reason`. Exit code 1 when a file cannot be read or yields no cards.
 * - `--json`: the parsed notes as JSON (one object for one file, an array for several).
 * - `--read`: each card numbered, as a learner sees it in review (topic line, front with cloze
 *   blanks as `[...]`, then the answer), for a person counting kept/junk cards.
 * - `--lint`: the card lint (`src/lib/content/lint.ts`): one `file:line: [rule] …` line per finding,
 *   then a summary per file and in total (per rule). Exit code 1 when there is any finding.
 *   With `--json`: `{ files: [{ file, cards, warnings, findings }], total }` instead. The drill
 *   judge checks that each command item accepts its own command (`command-not-accepted`).
 * - `--check-commands`: each command item's own command (slots filled with sample values) is
 *   judged against the item; every one not accepted is listed (exit code 1 if any).
 *
 * Exit code 2 on a usage error (no file given).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	countByRule,
	flaggedCardCount,
	lintNotes,
	LINT_RULES,
	plainText,
	topicLine,
	type LintFinding,
	type LintOptions
} from '../src/lib/content/lint';
import { parseNotesBytes } from '../src/lib/content/parse';
import type { ParsedNotes } from '../src/lib/content/types';
import { checkCommandItem } from '../src/lib/drill/check-commands';
import { checkCommands } from './check-commands';
import { warningText } from './notes-messages';

/** Where the CLI writes; injectable for tests. */
export interface CardsIo {
	out: (text: string) => void;
	err: (text: string) => void;
	cwd: string;
}

const FLAGS = new Set(['--json', '--lint', '--read', '--check-commands']);
const USAGE =
	'사용법: npm run cards -- <노트.md|폴더>… [--json] [--lint] [--read] [--check-commands]\n';

/** Notes files named by the arguments: files as given, folders expanded to their `*.md`. */
export function expandNotesPaths(args: readonly string[], cwd: string): string[] {
	const out: string[] = [];
	const visit = (path: string, top: boolean): void => {
		let isDir = false;
		try {
			isDir = statSync(path).isDirectory();
		} catch {
			if (top) out.push(path); // reported as unreadable later
			return;
		}
		if (!isDir) {
			if (top || /\.(md|markdown)$/i.test(path)) out.push(path);
			return;
		}
		const manifest = corpusManifestFiles(path);
		if (manifest) {
			for (const file of manifest) out.push(join(path, file));
			return;
		}
		const names = readdirSync(path).sort();
		for (const name of names) {
			if (name.startsWith('.') || name === 'node_modules') continue;
			visit(join(path, name), false);
		}
	};
	for (const a of args) visit(resolve(cwd, a), true);
	return out;
}

/**
 * The files a corpus folder lists in its `manifest.json` (`{ entries: [{ file }] }`, see
 * `tests/fixtures/corpus/`), or null when the folder has no such manifest.
 */
function corpusManifestFiles(dir: string): string[] | null {
	try {
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
			entries?: { file?: unknown }[];
		};
		const files = manifest.entries?.map((e) => e.file);
		return files?.every((f): f is string => typeof f === 'string') ? files : null;
	} catch {
		return null;
	}
}

/** Read one notes file's bytes (the converter decodes UTF-8, UTF-16 and EUC-KR/CP949). */
function readNotes(path: string): Uint8Array {
	return readFileSync(path);
}

/** The wording of one finding, for the author (English; the rule id leads the line). */
export function describeFinding(f: LintFinding): string {
	const p = f.params;
	switch (f.rule) {
		case 'answer-in-shown-text':
			return p.opening
				? `the front shows the answer's opening words "${p.term}"`
				: `the answer term "${p.term}" is shown in the ${p.field}`;
		case 'front-equals-back':
			return 'front and back are the same text';
		case 'front-ends-with-ellipsis':
			return 'the front ends in "…" (it asks nothing)';
		case 'ordinal-prompt':
			return `the front asks by position ("${p.match}")`;
		case 'duplicate-front':
			return `same topic line and front as the card of line ${p.firstLine}, another answer (${p.count} answers)`;
		case 'raw-markup':
			return `raw markup "${p.markup}" is visible in the ${p.field}`;
		case 'file-name':
			return `file name "${p.name}" in the ${p.field}`;
		case 'html-eats-text':
			return `"<${p.tag}>" is swallowed as HTML in the ${p.field}`;
		case 'image-placeholder':
			return p.alt
				? `an image shows only the word "${p.alt}" in the ${p.field}`
				: `an image with no alt text shows nothing in the ${p.field}`;
		case 'answer-set-too-large':
			return `the answer is a set of ${p.items} items (more than ${p.max})`;
		case 'command-not-accepted':
			return `the command drill cannot accept this command${p.reason ? ` (${p.reason})` : ''}`;
		case 'deck-empty':
			return `the notes make no card (${p.warnings} warnings)`;
	}
}

interface FileResult {
	file: string;
	parsed: ParsedNotes | null;
	error?: string;
}

function load(paths: readonly string[], io: CardsIo): FileResult[] {
	return paths.map((path) => {
		const shown = relative(io.cwd, path) || path;
		try {
			return { file: shown, parsed: parseNotesBytes(readNotes(path), shown) };
		} catch (error) {
			return { file: shown, parsed: null, error: (error as Error).message };
		}
	});
}

function printCards(parsed: ParsedNotes, io: CardsIo): void {
	const commands = parsed.cards.filter((c) => c.command);
	io.out(`# ${parsed.title} — 카드 ${parsed.cards.length}장, 명령어 ${commands.length}개\n\n`);
	for (const c of parsed.cards) {
		io.out(`${c.source.file}:${c.source.line} [${c.kind}/${c.pattern}] ${c.id} ${topicLine(c)}\n`);
		io.out(`  Q: ${c.front.replace(/\n/g, '\n     ')}\n`);
		io.out(`  A: ${c.back.replace(/\n/g, '\n     ')}\n`);
	}
	if (commands.length) io.out('\n## 명령어\n');
	for (const c of commands) {
		const slots = c.command?.slots.map((s) => `{${s.name}} = ${s.label}`).join(', ');
		io.out(
			`${c.source.file}:${c.source.line}: ${c.command?.template}${slots ? `  (${slots})` : ''}\n`
		);
	}
}

function indent(text: string, by: string): string {
	return text.replace(/\n/g, `\n${by}`);
}

/** `--read`: every card as review shows it, numbered from 1 per file. */
function printRead(parsed: ParsedNotes, io: CardsIo): void {
	io.out(`# ${parsed.file} — ${parsed.title}: ${parsed.cards.length} cards\n\n`);
	parsed.cards.forEach((c, i) => {
		io.out(`[${i + 1}] ${c.source.file}:${c.source.line} (${c.kind}/${c.pattern})\n`);
		if (c.topic.length) io.out(`    ${topicLine(c)}\n`);
		io.out(`  Q ${indent(plainText(c.front), '    ')}\n`);
		io.out(`  A ${indent(plainText(c.back), '    ')}\n\n`);
	});
}

/** The lint's command checker: the drill judge must accept the card's own command. */
const judgeOwnCommand: NonNullable<LintOptions['checkCommand']> = (card) => {
	if (!card.command) return { accepted: true };
	const r = checkCommandItem(card.command);
	return r.accepted
		? { accepted: true }
		: { accepted: false, reason: r.verdict.reasonIds.join(',') };
};

/** Run the CLI with its arguments (after `--`); returns the exit code. */
export function runCards(
	argv: readonly string[],
	io: CardsIo,
	lintOptions: LintOptions = {}
): number {
	const json = argv.includes('--json');
	const lint = argv.includes('--lint');
	const read = argv.includes('--read');
	const check = argv.includes('--check-commands');
	const args = argv.filter((a) => !FLAGS.has(a));
	if (args.length === 0) {
		io.err(USAGE);
		return 2;
	}
	const results = load(expandNotesPaths(args, io.cwd), io);
	let code = 0;
	for (const r of results) {
		if (r.error) {
			io.err(`${r.file}:1: 파일을 읽을 수 없습니다 (${r.error})\n`);
			code = 1;
		}
	}
	const ok = results.filter((r): r is FileResult & { parsed: ParsedNotes } => r.parsed !== null);
	if (check) {
		for (const r of ok) code = Math.max(code, checkCommands(r.parsed, io));
		return code;
	}
	if (lint) {
		// The drill judge is the lint's command checker unless a test supplies its own.
		const options: LintOptions = { checkCommand: judgeOwnCommand, ...lintOptions };
		return Math.max(code, runLint(ok, json, io, options));
	}
	if (json) {
		const value = ok.map((r) => r.parsed);
		io.out(
			JSON.stringify(value.length === 1 && results.length === 1 ? value[0] : value, null, '\t') +
				'\n'
		);
	}
	for (const r of ok) {
		if (read) printRead(r.parsed, io);
		else if (!json) printCards(r.parsed, io);
		for (const w of r.parsed.warnings) io.err(`${w.file}:${w.line}: ${warningText(w)}\n`);
		if (r.parsed.cards.length === 0) code = 1;
	}
	return code;
}

function runLint(
	results: readonly { file: string; parsed: ParsedNotes }[],
	json: boolean,
	io: CardsIo,
	options: LintOptions
): number {
	const all: LintFinding[] = [];
	const files = results.map(({ file, parsed }) => {
		const findings = lintNotes(parsed, options);
		all.push(...findings);
		return { file, cards: parsed.cards.length, warnings: parsed.warnings.length, findings };
	});
	const total = {
		files: files.length,
		cards: files.reduce((n, f) => n + f.cards, 0),
		findings: all.length,
		flaggedCards: flaggedCardCount(all),
		byRule: countByRule(all)
	};
	if (json) {
		io.out(JSON.stringify({ files, total }, null, '\t') + '\n');
		return all.length ? 1 : 0;
	}
	for (const f of files) {
		for (const x of f.findings) io.out(`${x.file}:${x.line}: [${x.rule}] ${describeFinding(x)}\n`);
	}
	if (all.length) io.out('\n');
	io.out('## lint summary\n');
	for (const f of files) {
		const flagged = flaggedCardCount(f.findings);
		const rules = Object.entries(countByRule(f.findings))
			.filter(([, n]) => n > 0)
			.map(([r, n]) => `${r} ${n}`)
			.join(', ');
		io.out(
			`${f.file}: ${f.cards} cards, ${f.findings.length} findings on ${flagged} cards` +
				`${rules ? ` (${rules})` : ''}, ${f.warnings} warnings\n`
		);
	}
	io.out(
		`total: ${total.files} files, ${total.cards} cards, ${total.findings} findings on ${total.flaggedCards} cards\n`
	);
	for (const rule of LINT_RULES) io.out(`  ${rule}: ${total.byRule[rule]}\n`);
	return all.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = runCards(process.argv.slice(2), {
		out: (t) => process.stdout.write(t),
		err: (t) => process.stderr.write(t),
		cwd: process.cwd()
	});
}
