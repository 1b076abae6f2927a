/** `CHEF, puppet labs, ANSIBLE`: a list of names asks for examples of its heading or parent. */
import type { Scope, Sink } from '../draft';
import { namesFront } from '../phrases';
import { toMarkdown, type Run } from '../text';

/** The "examples of …" card of a names bullet. */
export function namesCard(
	sink: Sink,
	names: string[],
	runs: Run[],
	line: number,
	scope: Scope
): boolean {
	const label = scope.parent?.label || sink.lastHeading();
	return sink.add({
		kind: 'basic',
		pattern: 'names',
		front: namesFront(label, names.length, sink.korean),
		back: toMarkdown(runs).trim(),
		answer: '',
		key: namesFront(label, names.length, sink.korean),
		note: names.join(', '),
		line,
		context: scope.parent?.key
	});
}
