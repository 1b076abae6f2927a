/**
 * The hint ladder and drills made from the notes' command items. Templates are read with the
 * drill's template module (one reader for `{x}`, `<x>`, `[x]` and Docker's usage grammar);
 * generated hints are reasons the UI renders in its language; authored hints are Markdown in
 * Korean with an optional English form.
 */
import { hash53 } from '../../content/identity';
import type { CommandItem } from '../../content/types';
import type { Invocation } from '../analyse';
import { DEFAULT_USER, readTemplate } from '../judge';
import { reason, type OptionRef, type Reason } from '../reasons';
import { optionDocKeys } from '../spec';
import { MARKER_RE, showTemplateWord, type CompiledTemplate } from '../template';
import { urlHost } from '../url';
import { describeGoal } from './goals';
import { HINT_LEVELS, type Drill, type RecallDrill } from './types';

/** A hint: authored Markdown (Korean, with its English form when written) or a generated reason. */
export type Hint = { authored: string; authoredEn?: string } | { reason: Reason };

/** Slot values of a drill shown in the answer: the drill's first accepted value, else the learner. */
function filled(drill: RecallDrill | null, user = DEFAULT_USER): (t: CompiledTemplate) => string {
	return (t) =>
		t.line.replace(MARKER_RE, (_m, n: string) => {
			const marker = t.markers[Number(n)];
			if (!marker || marker.kind === 'rest') return marker?.source ?? '';
			if (marker.optional || marker.pieces.length !== 1) return marker.source;
			const p = marker.pieces[0]!;
			if (p.t !== 'slot') return marker.source;
			const given = drill?.slots[p.name]?.[0];
			if (given) return given;
			return p.kind === 'login' ? user : showTemplateWord(`__T${n}__`, t.markers);
		});
}

/** The answer as shown at the last level of the ladder and on the drill deck's card back. */
export function revealOf(drill: Drill): string {
	if (drill.kind === 'scenario') return drill.solution.map((l) => '`' + l + '`').join(' → ');
	return '`' + filled(drill)(readTemplate(drill.expected).compiled) + '`';
}

function maskWord(word: string, inv: Invocation, index: number): string {
	// The program stays; subcommands keep their first letter (`docker v??????`).
	if (index === 0) return word;
	if (index < (inv.args?.path.length ?? 1)) return word.slice(0, 1) + '?'.repeat(word.length - 1);
	if (word.startsWith('--'))
		return '--' + word.slice(2, 3) + '?'.repeat(Math.max(0, word.length - 3));
	// `-a` → `-?`, `-aG` → `-?G`, `-fsSL` → `-???L`: the last letter stays as a foothold.
	if (word.length === 2 && word.startsWith('-')) return '-?';
	if (word.startsWith('-') && word.length > 1)
		return '-' + '?'.repeat(word.length - 2) + word.slice(-1);
	if (/__T\d+__/.test(word)) return word;
	if (urlHost(word) !== '' && word.includes('.')) {
		// Keep the shape of a URL but hide its middle: https://get.______.com/
		return word.replace(
			/^([a-z]+:\/\/)?([^./]+)\.([^/]+)\.([a-z]+)/i,
			(_m, scheme: string | undefined, a: string, b: string, tld: string) =>
				`${scheme ?? ''}${a}.${'_'.repeat(b.length)}.${tld}`
		);
	}
	return '____';
}

/** A skeleton of a command: names kept, option letters but the last hidden, values blanked. */
export function skeletonOf(template: string): string {
	const { compiled: t, plan: analysed } = readTemplate(template);
	if (!analysed.ok) return template.replace(/[A-Za-z0-9]/g, '_');
	const text = analysed.plan.items
		.map((item) => {
			const stages = item.stages.map((inv) => {
				const sudoPart = inv.wrappers.includes('sudo') ? 'sudo ' : '';
				return sudoPart + inv.argv.map((w, k) => maskWord(w, inv, k)).join(' ');
			});
			return stages.join(' | ') + (item.next ? ` ${item.next}` : '');
		})
		.join(' ');
	return showTemplateWord(text, t.markers);
}

/** The programs of a command line (`sudo usermod`, `docker ps` with `withSubcommands`). */
function programsOf(template: string, withSubcommands = false): string[] {
	const analysed = readTemplate(template).plan;
	if (!analysed.ok) return [];
	return analysed.plan.items
		.flatMap((i) => i.stages)
		.map((i) => {
			const name = (withSubcommands ? i.args?.path.join(' ') : i.args?.path[0]) ?? i.argv[0] ?? '';
			return i.wrappers.includes('sudo') ? `sudo ${name}` : name;
		});
}

function optionsHint(template: string): Reason {
	const analysed = readTemplate(template).plan;
	if (!analysed.ok) return reason('hint-no-options');
	const refs: OptionRef[] = [];
	for (const inv of analysed.plan.items.flatMap((i) => i.stages)) {
		for (const o of inv.args?.options ?? []) {
			const def = inv.args!.spec.options.find((d) => d.key === o.key);
			const spelled = def?.short ? `-${def.short}` : `--${def?.long ?? o.key}`;
			const long = def?.short && def.long ? ` (--${def.long})` : '';
			refs.push({
				option: '`' + spelled + '`' + long,
				...(def?.doc ? { doc: def.doc } : {}),
				docKeys: optionDocKeys(inv.args!, o.key)
			});
		}
	}
	return refs.length ? reason('hint-options', { options: refs }) : reason('hint-no-options');
}

const code = (text: string) => reason('hint-code', { code: text });

function authored(ko: string | undefined, en: string | undefined): Hint | null {
	return ko === undefined
		? null
		: { authored: ko, ...(en !== undefined ? { authoredEn: en } : {}) };
}

function recallHint(drill: RecallDrill, level: number): Hint {
	const h = drill.hints;
	if (level === 1)
		return (
			authored(h.program, h.programEn) ?? {
				reason: reason('hint-programs', {
					programs: programsOf(drill.expected).map((p) => '`' + p + '`')
				})
			}
		);
	if (level === 2)
		return authored(h.options, h.optionsEn) ?? { reason: optionsHint(drill.expected) };
	if (level === 3) {
		const skeleton = h.skeleton ?? skeletonOf(drill.expected);
		const shown = filled(drill)(readTemplate(skeleton).compiled);
		return h.skeleton && /[\uac00-\ud7a3]/.test(h.skeleton)
			? (authored(h.skeleton, h.skeletonEn) as Hint)
			: { reason: code(shown) };
	}
	return { authored: revealOf(drill), authoredEn: revealOf(drill) };
}

/**
 * The hint at a level of the ladder. Level 0 is none; 1 names the program(s); 2 lists the options
 * and what they do; 3 shows a skeleton (`sudo usermod -?G ____ alice`); 4 (= {@link HINT_LEVELS})
 * reveals the answer. Authored hints replace levels 1–3. For scenarios the ladder runs over the
 * reference solution.
 */
export function hintAt(drill: Drill, level: number): Hint | null {
	const lvl = Math.max(0, Math.min(HINT_LEVELS, Math.floor(level)));
	if (lvl === 0) return null;
	if (drill.kind === 'recall') return recallHint(drill, lvl);
	const h = drill.hints;
	if (lvl === 1)
		return (
			authored(h.program, h.programEn) ?? {
				reason: reason('hint-goals', { goals: drill.goals.map(describeGoal) })
			}
		);
	if (lvl === 2) {
		const steps = drill.solution.map((l) =>
			programsOf(l, true)
				.map((p) => '`' + p + '`')
				.join(' | ')
		);
		return (
			authored(h.options, h.optionsEn) ?? {
				reason: reason('hint-steps', { steps: steps.join(' → ') })
			}
		);
	}
	if (lvl === 3)
		return (
			authored(h.skeleton, h.skeletonEn) ?? {
				reason: reason('hint-solution', {
					steps: drill.solution.map((l) => '`' + skeletonOf(l) + '`').join(' → ')
				})
			}
		);
	return { authored: revealOf(drill), authoredEn: revealOf(drill) };
}

/**
 * A recall drill for a command item the notes converter found. The id is `note-` plus a hash of
 * the template, so it is stable while the command is unchanged. The drill reads the notes' own
 * text (`original`): login slots take the learner name, other slots any word.
 */
export function commandDrillFromItem(
	item: CommandItem,
	opts: { source?: { file: string; line: number }; user?: string; tags?: string[] } = {}
): RecallDrill {
	const expected = item.original || item.template;
	const t = readTemplate(expected).compiled;
	const usesDocker = /\bdocker\b/.test(expected);
	const usesInstall = expected.includes('get.docker.com');
	const skeleton = skeletonOf(expected);
	return {
		kind: 'recall',
		setup: [],
		id: 'note-' + hash53(item.template).toString(36),
		// Shown through the UI's messages (`drill_reason_notes_prompt`); both fields hold the skeleton.
		prompt: '`' + skeleton + '`',
		promptEn: '`' + skeleton + '`',
		expected,
		slots: Object.fromEntries(
			t.slots.filter((s) => s.kind === 'login').map((s) => [s.name, [opts.user ?? DEFAULT_USER]])
		),
		hints: {},
		start: usesInstall || !usesDocker ? 'fresh' : 'docker-ready',
		tags: opts.tags ?? ['notes'],
		source: opts.source ?? { file: 'notes', line: 1 }
	};
}
