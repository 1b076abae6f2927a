/**
 * Tables make cards per row (issue rule 5): the first cell asks for the others, and the others
 * ask for the first cell when it is short (an option, a command, a term) — option tables
 * (`| -d | 백그라운드 실행 |`) are what Docker learners write. The header names the columns of a
 * wider table; a header row that is data (`| -d | … |` with no labels) is a row too. Option
 * and command cells are shown as code; `—name` typed by a word processor becomes `--name`.
 */
import { fixDashes, isCommandLine, isKnownCommand, toCommandItem } from '../../commands';
import type { TableBlock, TableRow } from '../blocks';
import type { Scope, Sink } from '../draft';
import { codeSpan, plain, toMarkdown, type Line } from '../text';
import { BARE_URL } from './answer-shown';
import { withParent } from './short-context';

const OPTION = /^[-–—]{1,2}[A-Za-z0-9]/;

/** Whether a header row holds data rather than column names. */
function headerIsData(head: TableRow): boolean {
	const first = plain(head.cells[0]?.runs ?? []).trim();
	return OPTION.test(first) || isKnownCommand(first);
}

/** A cell as card text: options and commands as code, else its Markdown. */
function cellMarkdown(cell: Line | undefined): { md: string; plain: string; code: boolean } {
	const text = plain(cell?.runs ?? []).trim();
	const optionOnly = OPTION.test(text) && !/[\uac00-\ud7a3]/.test(text);
	if (optionOnly || (isKnownCommand(text) && isCommandLine(text))) {
		const fixed = fixDashes(text.replace(/^[–—](?=[A-Za-z])/, '--'));
		return { md: codeSpan(fixed), plain: fixed, code: true };
	}
	return { md: toMarkdown(cell?.runs ?? []).trim(), plain: text, code: false };
}

/** Cards of one table. */
export function tableBlock(sink: Sink, t: TableBlock, scope: Scope): void {
	const dataHead = headerIsData(t.head);
	const rows = dataHead ? [t.head, ...t.rows] : t.rows;
	const labels = dataHead ? [] : t.head.cells.map((c) => plain(c.runs).trim());
	if ((t.head.cells.length ?? 0) < 2 || rows.length === 0) {
		sink.warn(t.line, 'notes_table_unused');
		return;
	}
	let made = 0;
	for (const row of rows) made += rowCards(sink, row, labels, scope);
	if (made === 0) sink.warn(t.line, 'notes_table_unused');
}

function rowCards(sink: Sink, row: TableRow, labels: string[], scope: Scope): number {
	const first = cellMarkdown(row.cells[0]);
	const others = row.cells
		.slice(1)
		.map((c, i) => ({ label: labels[i + 1] ?? '', cell: cellMarkdown(c) }))
		// an empty cell or a reference link teaches nothing
		.filter((o) => o.cell.plain !== '' && !BARE_URL.test(o.cell.plain));
	if (first.plain === '' || others.length === 0) {
		sink.warn(row.line, 'notes_table_unused');
		return 0;
	}
	const back =
		others.length === 1
			? (others[0]?.cell.md ?? '')
			: others.map((o) => (o.label ? `- ${o.label}: ${o.cell.md}` : `- ${o.cell.md}`)).join('\n');
	const backPlain = others.map((o) => o.cell.plain).join(' ');
	const note = `${first.plain} | ${backPlain}`;
	const column = labels[0] ? `${labels[0]} ` : '';
	let made = 0;
	const base = { note, line: row.line, context: scope.parent?.key };
	if (
		sink.add({
			...base,
			kind: 'basic',
			pattern: 'table-row',
			front: withParent(scope, first.md),
			back,
			answer: '',
			key: `${column}${first.plain}`
		})
	)
		made++;
	if (first.plain.length <= 40 && backPlain.length >= 4 && others.length <= 3) {
		const command = first.code && isCommandLine(first.plain) && !OPTION.test(first.plain);
		const front = withParent(
			scope,
			back.startsWith('- ') ? back : others.map((o) => o.cell.md).join(' · ')
		);
		if (
			sink.add({
				...base,
				kind: command ? 'command' : 'reversed',
				pattern: 'table-reverse',
				front,
				back: first.md,
				answer: first.plain,
				key: `${backPlain} → ${first.plain}`,
				...(command ? { command: toCommandItem(first.plain) } : {})
			})
		)
			made++;
	}
	return made;
}
