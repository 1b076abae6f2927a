/**
 * `npm run cards -- <file.md> [--json]`: print the cards, command items and warnings the
 * converter makes from one notes file. Exits 1 (with `file:line: reason` lines on stderr) when
 * the file cannot be read or yields no cards (binary data, empty file, nothing card-shaped).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseNotes } from '../src/lib/content/parse';

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	if (files.length !== 1) {
		process.stderr.write('사용법: npm run cards -- <노트.md> [--json]\n');
		return 2;
	}
	const path = files[0] as string;
	const shown = relative(process.cwd(), path) || path;
	let text: string;
	try {
		text = new TextDecoder('utf-8').decode(readFileSync(path));
	} catch (error) {
		process.stderr.write(`${shown}:1: 파일을 읽을 수 없습니다 (${(error as Error).message})\n`);
		return 1;
	}
	const parsed = parseNotes(text, shown);
	const commands = parsed.cards.filter((c) => c.command);
	if (json) {
		process.stdout.write(JSON.stringify(parsed, null, '\t') + '\n');
	} else {
		process.stdout.write(
			`# ${parsed.title} — 카드 ${parsed.cards.length}장, 명령어 ${commands.length}개\n\n`
		);
		for (const c of parsed.cards) {
			process.stdout.write(
				`${c.source.file}:${c.source.line} [${c.kind}/${c.pattern}] ${c.id} ${c.topic.join(' › ')}\n`
			);
			process.stdout.write(`  Q: ${c.front.replace(/\n/g, '\n     ')}\n`);
			process.stdout.write(`  A: ${c.back.replace(/\n/g, '\n     ')}\n`);
		}
		if (commands.length) process.stdout.write('\n## 명령어\n');
		for (const c of commands) {
			const slots = c.command?.slots.map((s) => `{${s.name}} = ${s.label}`).join(', ');
			process.stdout.write(
				`${c.source.file}:${c.source.line}: ${c.command?.template}${slots ? `  (${slots})` : ''}\n`
			);
		}
	}
	for (const w of parsed.warnings) process.stderr.write(`${w.file}:${w.line}: ${w.reason}\n`);
	return parsed.cards.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
