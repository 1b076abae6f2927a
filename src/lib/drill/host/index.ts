/**
 * The simulated Ubuntu 24.04 host of the drill (see `../README.md`): its state (`state.ts`),
 * running a line on it (`run.ts`), its files (`files.ts`), its network (`network.ts`) and
 * Docker's install script (`install-script.ts`). What each program does lives with the program,
 * in `../programs/`.
 */
export {
	createHost,
	currentSession,
	dbGroups,
	login,
	prompt,
	type FileKind,
	type HostContainer,
	type HostFile,
	type HostGroup,
	type HostPreset,
	type HostSession,
	type HostState,
	type HostUser
} from './state';
export { runAnalysed, runLine, shellContext, type RunResult } from './run';
export { INSTALL_SCRIPT, DOCKER_PACKAGES } from './install-script';
export { DOCKER_VERSION } from '../programs/docker/version';
