/**
 * Docker's convenience script (get.docker.com, docker/docker-install `install.sh`) as the drill
 * serves and runs it. The file the simulated network serves is a short stand-in with a marker the
 * simulated sh recognises; running it follows what today's script does on Ubuntu 24.04:
 *
 * - `user="$(id -un)"`; `sh_c='sh -c'` for root, else `sh_c='sudo -E sh -c'` when sudo exists,
 *   so a user who may use sudo gets Docker installed without typing sudo (and without sudo rights
 *   the first step fails);
 * - `--dry-run` sets `sh_c=echo`: the steps are printed, nothing is installed, no root needed;
 * - every step is traced by `set -x` (`+ sh -c …`; dash prints the string unquoted, bash in
 *   single quotes): `apt-get update`, the prerequisites, `install -m 0755 -d /etc/apt/keyrings`,
 *   the key to `/etc/apt/keyrings/docker.asc`, `chmod a+r` on it, the apt source, the packages
 *   `docker-ce docker-ce-cli containerd.io docker-compose-plugin docker-ce-rootless-extras
 *   docker-buildx-plugin docker-model-plugin`, `systemctl enable --now docker.service`, then
 *   `docker version` and the closing message about rootless mode and root-equivalent access;
 * - when `docker` already exists, a warning and `sleep 20` come first.
 */
import { installDocker, maySudo, type HostState } from './state';
import { ok, type Actor, type Io } from '../programs/program';
import { clientBlock, serverBlock } from '../programs/docker/version';

/** A line of the served stand-in that the simulated sh recognises as the install script. */
export const SCRIPT_MARK = '# get.docker.com (drill copy)';

/** Commit the drill's copy reports (made up, like every id on the drill host). */
const SCRIPT_COMMIT = '53a22f61c0628e58e1d6680b49e82993d304b449';

/** The install script as the drill serves it: a stand-in, not the real script. */
export const INSTALL_SCRIPT = `#!/bin/sh
set -e
${SCRIPT_MARK}
# Docker Engine for Linux installation script (about 750 lines in the real one).
# Usage: sh install.sh [--dry-run] [--channel stable|test] [--version VERSION] [--mirror NAME]
SCRIPT_COMMIT_SHA="${SCRIPT_COMMIT}"
echo "# Executing docker install script, commit: $SCRIPT_COMMIT_SHA"
`;

const APT_REPO =
	'deb [arch=amd64 signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu noble stable';

/** The packages today's script installs (every `version_gte` holds when no VERSION is asked for). */
export const DOCKER_PACKAGES = [
	'docker-ce',
	'docker-ce-cli',
	'containerd.io',
	'docker-compose-plugin',
	'docker-ce-rootless-extras',
	'docker-buildx-plugin',
	'docker-model-plugin'
];

/** The steps the script runs through `$sh_c` on Ubuntu, in order. */
const REPO_STEPS = [
	'apt-get -qq update >/dev/null',
	'DEBIAN_FRONTEND=noninteractive apt-get -y -qq install ca-certificates curl >/dev/null',
	'install -m 0755 -d /etc/apt/keyrings',
	'curl -fsSL "https://download.docker.com/linux/ubuntu/gpg" -o /etc/apt/keyrings/docker.asc',
	'chmod a+r /etc/apt/keyrings/docker.asc',
	`echo "${APT_REPO}" > /etc/apt/sources.list.d/docker.list`,
	'apt-get -qq update >/dev/null'
];
const INSTALL_STEP = `DEBIAN_FRONTEND=noninteractive apt-get -y -qq install ${DOCKER_PACKAGES.join(' ')} >/dev/null`;
const START_STEP = 'systemctl enable --now docker.service 2>/dev/null';

const ALREADY_INSTALLED = `Warning: the "docker" command appears to already exist on this system.

If you already have Docker installed, this script can cause trouble, which is
why we're displaying this warning and provide the opportunity to cancel the
installation.

If you installed the current Docker package using this script and are using it
again to update Docker, you can ignore this message, but be aware that the
script resets any custom changes in the deb and rpm repo configuration
files to match the parameters passed to the script.

You may press Ctrl+C now to abort this script.
+ sleep 20
`;

const RULE = '================================================================================';
const CLOSING = `
${RULE}

To run Docker as a non-privileged user, consider setting up the
Docker daemon in rootless mode for your user:

    dockerd-rootless-setuptool.sh install

Visit https://docs.docker.com/go/rootless/ to learn about rootless mode.


To run the Docker daemon as a fully privileged service, but granting non-root
users access, refer to https://docs.docker.com/go/daemon-access/

WARNING: Access to the remote API on a privileged Docker daemon is equivalent
         to root access on the host. Refer to the 'Docker daemon attack surface'
         documentation for details: https://docs.docker.com/go/attack-surface/

${RULE}

`;

/** How the script was started: by which shell (for the trace style) and with which arguments. */
export interface ScriptRun {
	host: HostState;
	actor: Actor;
	shell: 'dash' | 'bash';
	args: readonly string[];
}

/** `set -x` trace of `$sh_c "<step>"`: dash prints the words as they are, bash quotes them. */
function tracer(shell: ScriptRun['shell'], shC: string): (step: string) => string {
	const quote = (w: string) => (shell === 'bash' ? `'${w.replace(/'/g, `'\\''`)}'` : w);
	return (step) => `+ ${shC} ${/[\s"'$>&|;]/.test(step) ? quote(step) : step}\n`;
}

/**
 * Run the install script as `actor`. Installs Docker on the host when the script runs as root
 * or can elevate itself with sudo; `--dry-run` only prints the steps.
 */
export function runInstallScript(run: ScriptRun): Io {
	const { host: s, actor } = run;
	let out = `# Executing docker install script, commit: ${SCRIPT_COMMIT}\n`;
	if (s.docker.installed) out += ALREADY_INSTALLED;
	const steps = [...REPO_STEPS, INSTALL_STEP];
	if (run.args.includes('--dry-run')) {
		return ok(out + steps.map((c) => c + '\n').join('') + START_STEP + '\n\n');
	}
	const shC = actor.root ? 'sh -c' : 'sudo -E sh -c';
	const trace = tracer(run.shell, shC);
	if (!actor.root && !maySudo(actor.session)) {
		// The first `sudo -E sh -c …` is refused and `set -e` ends the script.
		return {
			stdout: out + trace(steps[0]!),
			stderr: `${actor.session.user} is not in the sudoers file.\n`,
			exit: 1
		};
	}
	installDocker(s);
	out += steps.map(trace).join('');
	out += 'Using systemd to manage Docker service\n' + trace(START_STEP);
	out += 'INFO: Docker daemon enabled and started\n\n';
	out += trace('docker version') + clientBlock() + serverBlock();
	return ok(out + CLOSING);
}
