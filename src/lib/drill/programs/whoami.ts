/** whoami(1), GNU coreutils: the effective user. */
import { helpVersion, spec } from '../spec';
import { always, ok, type Program } from './program';

/** whoami(1). */
export const whoami: Program = {
	spec: spec('whoami', 'gnu', [...helpVersion], 'Usage: whoami [OPTION]...', { maxOperands: 0 }),
	run: ({ actor }) => ok(actor.user + '\n'),
	readOnly: always
};
