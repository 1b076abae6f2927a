/**
 * Renders the drill's reasons (message ids with parameters, from `$lib/drill`) through Paraglide
 * in the UI language. Nested reasons and option references are rendered too; an option's
 * description comes from `drill_optdoc_<key>` when translated, else from the program's own help.
 * A reason without a message shows its id (a missing translation is visible, never silent).
 */
import * as messages from '../../paraglide/messages.js';
import { isOptionRef, isReason, reasonKey, type Param, type Reason } from '../../drill/reasons';

/** The UI languages. */
export type Locale = 'ko' | 'en';

type MessageFn = (inputs: Record<string, string>, options?: { locale?: Locale }) => string;
const table = messages as unknown as Record<string, MessageFn | undefined>;

function lookup(key: string): MessageFn | undefined {
	const fn = table[key];
	return typeof fn === 'function' ? fn : undefined;
}

function renderParam(p: Param, locale: Locale | undefined): string {
	const opts = locale ? { locale } : {};
	if (typeof p === 'string') return p;
	if (typeof p === 'number') return String(p);
	if (Array.isArray(p)) {
		const sep = lookup('drill_list_separator')?.({}, opts) ?? ', ';
		return p.map((x) => renderParam(x, locale)).join(sep);
	}
	if (isReason(p)) return renderReason(p, locale);
	if (isOptionRef(p)) {
		const translated = (p.docKeys ?? [])
			.map((k) => lookup('drill_optdoc_' + k))
			.find((fn) => fn !== undefined);
		const doc = translated?.({}, opts) || p.doc;
		if (!doc) return p.option;
		return (
			lookup('drill_option_with_doc')?.({ option: p.option, doc }, opts) ?? `${p.option} (${doc})`
		);
	}
	return '';
}

/** One reason as text in `locale` (default: the UI's current locale). */
export function renderReason(r: Reason, locale?: Locale): string {
	const fn = lookup(reasonKey(r.id));
	if (!fn) return r.id;
	const inputs: Record<string, string> = {};
	for (const [k, v] of Object.entries(r.params ?? {})) inputs[k] = renderParam(v, locale);
	return fn(inputs, locale ? { locale } : {});
}

/** Every reason of a verdict as lines of text, the first being the headline. */
export function renderReasons(reasons: readonly Reason[], locale?: Locale): string[] {
	return reasons.map((r) => renderReason(r, locale));
}
