/**
 * `docker` on the simulated host: the whole CLI is read with the spec tree ({@link dockerSpec});
 * the commands a beginner meets act on the simulated daemon, every other valid command reaches
 * the daemon and says it is not simulated. Each command is found by its canonical path, so
 * `docker ps` = `docker container ls` = `docker container list`.
 */
import { hasOption, type ParsedArgs } from '../../spec';
import {
	err,
	notSimulated,
	ok,
	withNote,
	type Io,
	type Program,
	type ProgramCall
} from '../program';
import { daemonCheck } from './daemon';
import {
	containerVerb,
	dockerExec,
	dockerInspect,
	dockerLogs,
	dockerPs,
	dockerRun
} from './containers';
import {
	dockerBuild,
	dockerHistory,
	dockerImages,
	dockerPull,
	dockerPush,
	dockerRmi,
	dockerSearch,
	dockerTag
} from './images';
import { docker as dockerSpec, dockerCompose as composeSpec } from './spec';
import { composeVersion, dockerInfo, dockerVersion, versionLine } from './version';
import {
	dockerCommit,
	dockerCp,
	dockerLoad,
	dockerLogout,
	dockerRename,
	dockerSave
} from './changes';
import {
	networkConnect,
	networkCreate,
	networkInspect,
	networkLs,
	networkPrune,
	networkRm
} from './networks';
import { dockerPort, dockerStats, dockerTop, dockerWait, systemDf } from './observe';
import {
	containerPrune,
	imagePrune,
	volumeCreate,
	volumeInspect,
	volumeLs,
	volumePrune,
	volumeRm
} from './volumes';

/** A command of the simulated daemon and the API endpoint its permission error names. */
interface DockerCommand {
	/** null: the command checks the daemon itself (`docker run` words its errors its own way). */
	endpoint: string | null;
	run: (call: ProgramCall) => Io;
	/** Only reads the daemon (may stand in for a `$(…)`). */
	readOnly?: boolean;
}

const cmd = (
	endpoint: string | null,
	run: DockerCommand['run'],
	readOnly = false
): DockerCommand => ({
	endpoint,
	run,
	readOnly
});

/** The modelled commands by canonical path (without `docker`). */
const COMMANDS: Readonly<Record<string, DockerCommand>> = {
	ps: cmd('containers/json', dockerPs, true),
	images: cmd('images/json', dockerImages, true),
	inspect: cmd('containers', dockerInspect, true),
	pull: cmd('images/create', dockerPull),
	run: cmd(null, dockerRun),
	stop: cmd('containers', containerVerb('stop')),
	start: cmd('containers', containerVerb('start')),
	restart: cmd('containers', containerVerb('restart')),
	kill: cmd('containers', containerVerb('kill')),
	rm: cmd('containers', containerVerb('rm')),
	rmi: cmd('images', dockerRmi),
	logs: cmd('containers', dockerLogs),
	exec: cmd('containers', dockerExec),
	build: cmd('_ping', dockerBuild),
	tag: cmd('images', dockerTag),
	history: cmd('images', dockerHistory),
	search: cmd('images/search', dockerSearch),
	push: cmd('images', dockerPush),
	'container prune': cmd('containers/prune', containerPrune),
	'image prune': cmd('images/prune', imagePrune(false)),
	'system prune': cmd('containers/prune', imagePrune(true)),
	'volume create': cmd('volumes/create', volumeCreate),
	'volume ls': cmd('volumes', volumeLs, true),
	'volume inspect': cmd('volumes', volumeInspect, true),
	'volume rm': cmd('volumes', volumeRm),
	'volume prune': cmd('volumes/prune', volumePrune),
	'network ls': cmd('networks', networkLs, true),
	'network create': cmd('networks/create', networkCreate),
	'network rm': cmd('networks', networkRm),
	'network inspect': cmd('networks', networkInspect, true),
	'network connect': cmd('networks', networkConnect(true)),
	'network disconnect': cmd('networks', networkConnect(false)),
	'network prune': cmd('networks/prune', networkPrune),
	stats: cmd('containers', dockerStats, true),
	top: cmd('containers', dockerTop, true),
	port: cmd('containers', dockerPort, true),
	wait: cmd('containers', dockerWait),
	'system df': cmd('system/df', systemDf, true),
	rename: cmd('containers', dockerRename),
	commit: cmd('commit', dockerCommit),
	cp: cmd('containers', dockerCp),
	save: cmd('images/get', dockerSave),
	load: cmd('images/load', dockerLoad),
	logout: cmd(null, dockerLogout),
	'compose version': cmd('_ping', composeVersion)
};

function notInstalled(call: ProgramCall): Io {
	if (call.actor.root && call.actor.session.user !== 'root')
		return err('sudo: docker: command not found', 1);
	return err(
		"Command 'docker' not found, but can be installed with:\n\n" +
			'sudo snap install docker         # version 28.1.1\n' +
			'sudo apt  install docker.io      # version 26.1.3-0ubuntu1\n' +
			'sudo apt  install podman-docker  # version 4.9.3+ds1-1ubuntu0.2\n\n' +
			"See 'snap info docker' for additional versions.",
		127
	);
}

/** `docker login`: only the non-interactive form with a username and a password works. */
function dockerLogin({ args }: ProgramCall): Io {
	return hasOption(args, 'username') &&
		(hasOption(args, 'password') || hasOption(args, 'password-stdin'))
		? ok('Login Succeeded\n')
		: err('Error: Cannot perform an interactive login from a non TTY device', 1);
}

function run(call: ProgramCall): Io {
	const { host: s, args, actor } = call;
	if (!s.docker.installed) return notInstalled(call);
	const sub = args.path.slice(1).join(' ');
	if (sub === '' && args.globalOptions.length === 0 && hasOption(args, 'version'))
		return versionLine();
	// `docker`, `docker network`: a management command without its command prints its usage.
	if (hasOption(args, 'help') || args.spec.subcommands)
		return withNote(ok(`${args.spec.usage}\n`), 'host-help-abridged');
	if (sub === 'version') return dockerVersion(daemonCheck(s, actor, 'version'));
	if (sub === 'info') return dockerInfo(s, daemonCheck(s, actor, 'info'));
	if (sub === 'login') return dockerLogin(call);
	const command = COMMANDS[sub];
	if (command?.endpoint === null) return command.run(call);
	const denied = daemonCheck(s, actor, command?.endpoint ?? '_ping');
	if (denied) return denied;
	if (sub.startsWith('compose ') && !command)
		return err('no configuration file provided: not found', 14);
	return command ? command.run(call) : notSimulated(`docker ${sub}`);
}

function readOnly(args: ParsedArgs): boolean {
	return COMMANDS[args.path.slice(1).join(' ')]?.readOnly === true;
}

/** docker, the Docker CLI. */
export const docker: Program = { spec: dockerSpec, run, readOnly };

/** Compose v1's standalone binary: not installed by the script (it adds `docker compose`). */
export const dockerCompose: Program = {
	spec: composeSpec,
	run: () =>
		withNote(
			err(
				"Command 'docker-compose' not found, but can be installed with:\n\nsudo apt install docker-compose",
				127
			),
			'host-compose-plugin'
		)
};
