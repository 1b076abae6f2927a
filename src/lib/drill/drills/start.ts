/** The host a drill starts on. */
import { createHost, runLine, type HostState } from '../host';
import type { Drill } from './types';

/**
 * The host a drill starts on: the preset, then the drill's setup lines, then a clean history (so
 * setup lines are neither counted nor shown).
 */
export function startHost(drill: Drill): HostState {
	let host = createHost(drill.start);
	for (const line of drill.setup ?? []) host = runLine(host, line).state;
	return { ...host, history: [], successes: [] };
}
