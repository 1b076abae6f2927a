/**
 * Programs the drill has no option spec for (npm, apt-get, mysql, node, vi …): the line is
 * compared as shell words (after the shell's quoting and expansion, so `'a b'` = `"a b"`), paths
 * resolved like the shell resolves them; the verdict says it was compared as text.
 */
import type { Invocation } from '../analyse';
import { markerOf, wordMatcher, type CompiledTemplate } from '../template';
import type { GenericCtx } from './generic';
import { canonicalPath } from './normal';
import type { Findings } from './verdict';

function norm(word: string, home: string): string {
	return /^(\.{1,2}(\/|$)|~\/|\/)/.test(word) ? canonicalPath(word, home) : word;
}

/** Compare one stage as words; adds `compared-as-text` or `text-differs`. */
export function textStage(
	f: Findings,
	e: Invocation,
	g: Invocation,
	ctx: GenericCtx,
	t: CompiledTemplate
): void {
	const exp = e.argv.map((w) => (markerOf(w, t.markers) ? w : norm(w, ctx.home)));
	const got = g.argv.map((w) => norm(w, ctx.home));
	const program = exp[0] ?? '';
	if ((got[0] ?? '') !== program) {
		f.wrong('wrong-program', { typed: g.argv[0] ?? '' });
		return;
	}
	let budget = 20_000;
	const cache = new Map<string, (w: string) => boolean>();
	const same = (a: string, b: string) => {
		let m = cache.get(a);
		if (!m) cache.set(a, (m = wordMatcher(a, t.markers, ctx.slots, false)));
		return m(b);
	};
	const go = (i: number, j: number): boolean => {
		if (--budget < 0) return false;
		if (i === exp.length) return j === got.length;
		const m = markerOf(exp[i]!, t.markers);
		if (m?.kind === 'rest') {
			for (let k = got.length; k >= j; k--) if (go(i + 1, k)) return true;
			return false;
		}
		if (m?.optional && go(i + 1, j)) return true;
		if (j >= got.length || !same(exp[i]!, got[j]!)) return false;
		if (m?.repeat && go(i, j + 1)) return true;
		return go(i + 1, j + 1);
	};
	const sudoOk = (e.runAs === 'root') === (g.runAs === 'root');
	if (!go(0, 0)) {
		const at = got.findIndex((w, k) => exp[k] === undefined || !same(exp[k]!, w));
		f.wrong('text-differs', { program, typed: g.argv[at < 0 ? got.length - 1 : at] ?? '-' });
		return;
	}
	if (!sudoOk) {
		if (e.runAs === 'root') f.wrong('missing-sudo', { program });
		else f.note('sudo-unneeded', { program });
	}
	f.note('compared-as-text', { program });
}
