/**
 * `npm run cards -- <file.md> [--json]`: print the cards, command items and warnings the
 * converter makes from one notes file. Warnings go to stderr as `file:line: reason`. Exit code 1
 * when the file cannot be read or yields no cards (binary data, empty file, nothing card-shaped);
 * 2 on a usage error; 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseNotesBytes } from '../src/lib/content/parse';
import { warningText } from './notes-messages';

/** Where the CLI writes; injectable for tests. */
export interface CardsIo {
	out: (text: string) => void;
	err: (text: string) => void;
	cwd: string;
}

/** Run the CLI with its arguments (after `--`); returns the exit code. */
export function runCards(argv: readonly string[], io: CardsIo): number {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	if (files.length !== 1) {
		io.err('사용법: npm run cards -- <노트.md> [--json]\n');
		return 2;
	}
	const path = resolve(io.cwd, files[0] as string);
	const shown = relative(io.cwd, path) || path;
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		io.err(`${shown}:1: 파일을 읽을 수 없습니다 (${(error as Error).message})\n`);
		return 1;
	}
	const parsed = parseNotesBytes(bytes, shown);
	const commands = parsed.cards.filter((c) => c.command);
	if (json) {
		io.out(JSON.stringify(parsed, null, '\t') + '\n');
	} else {
		io.out(`# ${parsed.title} — 카드 ${parsed.cards.length}장, 명령어 ${commands.length}개\n\n`);
		for (const c of parsed.cards) {
			io.out(
				`${c.source.file}:${c.source.line} [${c.kind}/${c.pattern}] ${c.id} ${c.topic.join(' › ')}\n`
			);
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
	for (const w of parsed.warnings) io.err(`${w.file}:${w.line}: ${warningText(w)}\n`);
	return parsed.cards.length === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	process.exitCode = runCards(process.argv.slice(2), {
		out: (t) => process.stdout.write(t),
		err: (t) => process.stderr.write(t),
		cwd: process.cwd()
	});
}
