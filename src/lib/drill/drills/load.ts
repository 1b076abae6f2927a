/**
 * Loading drills from `questions/drills/*.md` (format in that folder's README): Markdown parsed
 * with the notes' reader, fields validated with valibot, expected commands read by the judge's
 * readers, scenario solutions run on their start host. Problems come back as `file:line` errors.
 */
import type { Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import * as v from 'valibot';
import { parseMarkdownTree } from '../../content/markdown';
import { analyseLine, invocations } from '../analyse';
import { createHost, runLine } from '../host';
import { DEFAULT_USER } from '../judge';
import { compileTemplate, fillSamples } from '../template';
import { goalMet } from './goals';
import { startHost } from './start';
import type {
	Drill,
	DrillFileError,
	DrillSource,
	LoadedDrills,
	RecallDrill,
	ScenarioDrill
} from './types';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const PRESETS = ['fresh', 'docker-installed', 'group-pending', 'docker-ready'] as const;
const GOAL =
	/^(docker-installed|daemon-running|keeps-groups|no-containers|member:[a-z_][a-z0-9_-]*|session-group:[a-z_][a-z0-9_-]*|ran:[a-z][a-z0-9 -]*|container-running:[a-z0-9][a-z0-9._/-]*|image:[a-z0-9][a-z0-9._/:-]*|port:[0-9]{1,5})$/;

const HintsSchema = v.object({
	program: v.optional(v.string()),
	options: v.optional(v.string()),
	skeleton: v.optional(v.string()),
	programEn: v.optional(v.string()),
	optionsEn: v.optional(v.string()),
	skeletonEn: v.optional(v.string())
});

/** Fields every drill has. */
const common = {
	id: v.pipe(v.string(), v.regex(ID, 'id must be lowercase letters, digits and dashes')),
	prompt: v.pipe(v.string('prompt is required'), v.minLength(1, 'prompt is required')),
	promptEn: v.pipe(v.string('prompt-en is required'), v.minLength(1, 'prompt-en is required')),
	hints: HintsSchema,
	start: v.picklist(PRESETS, `start must be one of ${PRESETS.join(', ')}`),
	setup: v.array(v.string()),
	tags: v.array(v.string())
};

const RecallSchema = v.object({
	...common,
	kind: v.literal('recall'),
	expected: v.pipe(v.string('expected is required'), v.minLength(1, 'expected is required')),
	slots: v.record(v.string(), v.array(v.string()))
});

const ScenarioSchema = v.object({
	...common,
	kind: v.literal('scenario'),
	title: v.pipe(v.string('title is required'), v.minLength(1, 'title is required')),
	titleEn: v.pipe(v.string('title-en is required'), v.minLength(1, 'title-en is required')),
	goals: v.pipe(
		v.array(v.pipe(v.string(), v.regex(GOAL, 'unknown goal (see questions/drills/README.md)'))),
		v.minLength(1, 'a scenario needs at least one goal')
	),
	solution: v.pipe(
		v.array(v.string()),
		v.minLength(1, 'a scenario needs a reference solution (```sh block)')
	)
});

/** What to say when a required field is absent. */
const MISSING: Record<string, string> = {
	prompt: 'prompt is required (- prompt: …)',
	promptEn: 'prompt-en is required (- prompt-en: the task in English)',
	titleEn: 'title-en is required (- title-en: the title in English)',
	expected: 'expected is required (- expected: `command`)',
	goals: 'a scenario needs goals (- goal: docker-installed, …)',
	solution: 'a scenario needs a reference solution (a ```sh code block)'
};

const KNOWN_KEYS = new Set([
	'kind',
	'prompt',
	'prompt-en',
	'title',
	'title-en',
	'expected',
	'slot',
	'hint-program',
	'hint-options',
	'hint-skeleton',
	'hint-program-en',
	'hint-options-en',
	'hint-skeleton-en',
	'start',
	'goal',
	'tags'
]);

/** Plain text of an mdast node (text and inline code values, in order). */
function toString(node: unknown): string {
	if (!node || typeof node !== 'object') return '';
	const n = node as { value?: unknown; children?: unknown[] };
	if (typeof n.value === 'string') return n.value;
	return Array.isArray(n.children) ? n.children.map(toString).join('') : '';
}

interface RawDrill {
	fields: Record<string, unknown>;
	lines: Record<string, number>;
	line: number;
}

function paragraphValue(p: Paragraph, text: string): { source: string; code: string | null } {
	const start = p.position!.start.offset!;
	const end = p.position!.end.offset!;
	const source = text.slice(start, end);
	const afterKey = source.slice(source.indexOf(':') + 1).trim();
	const codes = p.children.filter((c) => c.type === 'inlineCode');
	const onlyCode = codes.length === 1 && afterKey.startsWith('`') && afterKey.endsWith('`');
	return { source: afterKey, code: onlyCode ? (codes[0] as { value: string }).value : null };
}

/** One bullet's value: as written after the key, and the code span when it is only that. */
interface FieldValue {
	source: string;
	code: string | null;
}

/** Reads one key's value into the raw drill; returns an error text when the value is malformed. */
type FieldReader = (f: Record<string, unknown>, v: FieldValue) => string | null;

const words = (text: string, sep = ','): string[] =>
	text
		.split(sep)
		.map((w) => w.trim().replace(/^`|`$/g, ''))
		.filter(Boolean);

const hint =
	(name: string, preferCode = false): FieldReader =>
	(f, v) => {
		((f.hints ??= {}) as Record<string, string>)[name] = preferCode
			? (v.code ?? v.source)
			: v.source;
		return null;
	};

/** How each key other than the plain ones (`kind`, `prompt`, …: the text as written) is read. */
const FIELD_READERS: Readonly<Record<string, FieldReader>> = {
	expected: (f, v) => {
		if (v.code === null) return 'expected must be one inline code span: `command`';
		f.expected = v.code;
		return null;
	},
	// `slot: user = alice, bob` (values are plain words)
	slot: (f, v) => {
		const eq = v.source.indexOf('=');
		if (eq < 0) return 'slot must be written `slot: name = value, value`';
		const slots = (f.slots ??= {}) as Record<string, string[]>;
		slots[v.source.slice(0, eq).trim()] = words(v.source.slice(eq + 1));
		return null;
	},
	'hint-program': hint('program'),
	'hint-options': hint('options'),
	'hint-skeleton': hint('skeleton', true),
	'hint-program-en': hint('programEn'),
	'hint-options-en': hint('optionsEn'),
	'hint-skeleton-en': hint('skeletonEn', true),
	'prompt-en': (f, v) => ((f.promptEn = v.source), null),
	'title-en': (f, v) => ((f.titleEn = v.source), null),
	goal: (f, v) => ((f.goals = words(v.source)), null),
	tags: (f, v) => (
		(f.tags = v.source
			.split(',')
			.map((t) => t.trim())
			.filter(Boolean)),
		null
	)
};

function readList(
	list: List,
	text: string,
	raw: RawDrill,
	file: string,
	errors: DrillFileError[]
): void {
	for (const item of list.children as ListItem[]) {
		const p = item.children[0];
		const line = item.position?.start.line ?? raw.line;
		if (!p || p.type !== 'paragraph') {
			errors.push({ file, line, reason: 'expected a `key: value` bullet' });
			continue;
		}
		const first = toString(p);
		const colon = first.indexOf(':');
		const key = colon > 0 ? first.slice(0, colon).trim() : '';
		if (!KNOWN_KEYS.has(key)) {
			errors.push({
				file,
				line,
				reason: `unknown key '${key || first.slice(0, 20)}' (known: ${[...KNOWN_KEYS].join(', ')})`
			});
			continue;
		}
		const value = paragraphValue(p, text);
		raw.fields.hints ??= {};
		raw.lines[key] ??= line;
		const reader = FIELD_READERS[key];
		const problem = reader ? reader(raw.fields, value) : ((raw.fields[key] = value.source), null);
		if (problem) errors.push({ file, line, reason: problem });
	}
}

/**
 * Load drills from Markdown files (`questions/drills/*.md`; README.md is skipped by the caller).
 *
 * Each `## id` heading starts a drill; its `- key: value` bullets give the fields and a fenced
 * ```` ```sh ```` block gives a scenario's reference solution. Every drill is validated with
 * valibot; expected commands must parse with no unknown options; a scenario's solution must reach
 * its goals on its start host. Problems come back as `file:line` errors and the drill is left
 * out; nothing throws.
 */
export function loadDrills(files: { path: string; text: string }[]): LoadedDrills {
	const drills: Drill[] = [];
	const errors: DrillFileError[] = [];
	const seen = new Map<string, DrillSource>();
	for (const { path, text } of files) {
		const normalised = text.replace(/\r\n?/g, '\n');
		let tree: Root;
		try {
			tree = parseMarkdownTree(normalised); // the notes' Markdown dialect (CommonMark + GFM)
		} catch (error) {
			errors.push({ file: path, line: 1, reason: `cannot parse Markdown: ${String(error)}` });
			continue;
		}
		const raws: RawDrill[] = [];
		let current: RawDrill | null = null;
		for (const node of tree.children as RootContent[]) {
			const line = node.position?.start.line ?? 1;
			if (node.type === 'heading' && node.depth === 2) {
				current = { fields: { id: toString(node).trim() }, lines: { id: line }, line };
				raws.push(current);
				continue;
			}
			if (!current) continue;
			if (node.type === 'list') readList(node, normalised, current, path, errors);
			else if (node.type === 'code') {
				// ```sh → the reference solution; ```sh setup → lines run before the drill starts.
				const code = node as Code;
				const field = code.meta?.trim() === 'setup' ? 'setup' : 'solution';
				current.fields[field] = code.value
					.split('\n')
					.map((l) => l.trim())
					.filter((l) => l !== '' && !l.startsWith('#'));
				current.lines[field] = line;
			} else if (node.type === 'heading' && node.depth <= 1) current = null;
		}
		for (const raw of raws) {
			const drill = validate(raw, path, errors);
			if (!drill) continue;
			const dup = seen.get(drill.id);
			if (dup) {
				errors.push({
					file: path,
					line: raw.line,
					reason: `duplicate drill id '${drill.id}' (first at ${dup.file}:${dup.line})`
				});
				continue;
			}
			seen.set(drill.id, drill.source);
			drills.push(drill);
		}
	}
	return { drills, errors };
}

function validate(raw: RawDrill, file: string, errors: DrillFileError[]): Drill | null {
	const f = raw.fields;
	const base = {
		hints: f.hints ?? {},
		tags: f.tags ?? [],
		start: f.start ?? 'fresh',
		setup: f.setup ?? []
	};
	const kind = f.kind ?? 'recall';
	const input =
		kind === 'scenario'
			? { ...base, ...f, kind, title: f.title ?? f.id, titleEn: f.titleEn ?? f.title ?? f.id }
			: { ...base, slots: {}, ...f, kind };
	const result =
		kind === 'scenario' ? v.safeParse(ScenarioSchema, input) : v.safeParse(RecallSchema, input);
	if (!result.success) {
		for (const issue of result.issues) {
			const key = String(issue.path?.[0]?.key ?? 'kind');
			const field = key === 'goals' ? 'goal' : key;
			errors.push({
				file,
				line: raw.lines[field] ?? raw.line,
				reason: issue.message.startsWith('Invalid key')
					? (MISSING[key] ?? `${key} is required`)
					: `${key}: ${issue.message}`
			});
		}
		return null;
	}
	const source = { file, line: raw.line };
	const setupError = setupProblem({ ...result.output, source } as Drill);
	if (setupError) {
		errors.push({ file, line: raw.lines.setup ?? raw.line, reason: setupError });
		return null;
	}
	if (result.output.kind === 'recall') {
		const drill: RecallDrill = { ...result.output, source };
		const problem = commandProblem(fillSamples(compileTemplate(drill.expected), DEFAULT_USER));
		if (problem) {
			errors.push({ file, line: raw.lines.expected ?? raw.line, reason: `expected: ${problem}` });
			return null;
		}
		return drill;
	}
	const drill: ScenarioDrill = { ...result.output, source };
	const start = startHost(drill);
	let host = start;
	for (const line of drill.solution) host = runLine(host, line).state;
	const unmet = drill.goals.filter((g) => !goalMet(host, g, start));
	if (unmet.length > 0) {
		errors.push({
			file,
			line: raw.lines.solution ?? raw.line,
			reason: `the reference solution does not reach: ${unmet.join(', ')}`
		});
		return null;
	}
	return drill;
}

function commandProblem(command: string): string | null {
	const analysed = analyseLine(command, { user: DEFAULT_USER });
	if (!analysed.ok) return analysed.message || analysed.reasonId;
	const bad = invocations(analysed.plan).find((i) => i.error);
	return bad?.error ? bad.error.message.split('\n')[0]! : null;
}

function setupProblem(drill: Drill): string | null {
	let host = createHost(drill.start);
	for (const line of drill.setup ?? []) {
		const r = runLine(host, line);
		if (r.exitCode !== 0) {
			return `setup line '${line}' fails: ${r.output.trim().split('\n')[0] ?? ''}`;
		}
		host = r.state;
	}
	return null;
}
