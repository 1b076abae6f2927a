/**
 * The state of the simulated Ubuntu 24.04 host: users and groups, the Docker install state, the
 * daemon, containers and images, files in the home directory, and a stack of shell sessions
 * (login shell, `newgrp` shells, root shells from `sudo -i`). Plain JSON-safe data; the helpers
 * here read it or build it, nothing here runs a command.
 *
 * Rules modelled (sources):
 * - a supplementary-group change reaches processes only through a new login or `newgrp`
 *   (newgrp(1), usermod(8) "the user's current session is not affected"; Docker docs
 *   "Linux post-installation steps": "log out and log back in … or run newgrp docker");
 * - login calls initgroups(3): the shell's groups are read from /etc/group at that moment.
 */

/** One account in /etc/passwd. */
export interface HostUser {
	uid: number;
	/** Primary group name. */
	primary: string;
	home: string;
}

/** One group in /etc/group with its supplementary members. */
export interface HostGroup {
	gid: number;
	members: string[];
}

/** A shell on the session stack. Groups are the process credentials, fixed at start. */
export interface HostSession {
	user: string;
	/** Primary (real) group of the shell. */
	gid: string;
	/** Supplementary groups of the shell, in /etc/group order. */
	groups: string[];
	kind: 'login' | 'newgrp' | 'root-shell' | 'subshell' | 'su';
}

/** A container known to the simulated daemon. */
export interface HostContainer {
	id: string;
	name: string;
	image: string;
	command: string;
	status: 'running' | 'exited';
	ports: string;
	/** Ordinal of creation, for "CREATED" and sorting. */
	created: number;
}

/** A user-defined network and the containers connected to it. */
export interface HostNetwork {
	name: string;
	driver: string;
	containers: string[];
}

/** What a file in the home directory holds. */
export type FileKind = 'docker-install-script' | 'html' | 'text';

/** A file in the learner's home directory. */
export interface HostFile {
	kind: FileKind;
	content: string;
	owner: string;
}

/** The whole host. Plain data (JSON-safe), so it can be stored and cloned. */
export interface HostState {
	hostname: string;
	loginUser: string;
	users: Record<string, HostUser>;
	groups: Record<string, HostGroup>;
	docker: {
		installed: boolean;
		running: boolean;
		images: string[];
		containers: HostContainer[];
		/** Named volumes. */
		volumes: string[];
		/**
		 * Networks created with `docker network create` (bridge, host and none always exist).
		 * Optional in states saved before networks were modelled.
		 */
		networks?: HostNetwork[];
		/** Counter for made-up container ids. */
		serial: number;
	};
	files: Record<string, HostFile>;
	/** Shell stack; the last entry is the current shell. Never empty. */
	sessions: HostSession[];
	/** Every line run, in order. */
	history: string[];
	/** Commands that exited 0: `docker ps` etc., with whether they ran as root. */
	successes: { command: string; root: boolean }[];
}

/** Starting points for drills. */
export type HostPreset = 'fresh' | 'docker-installed' | 'group-pending' | 'docker-ready';

/** Group id the Docker packages give the `docker` group on a fresh Ubuntu (a system group). */
const DOCKER_GID = 999;

/** The groups Ubuntu's installer gives the first user, with their gids. */
const FIRST_USER_GROUPS: readonly [string, number][] = [
	['adm', 4],
	['cdrom', 24],
	['sudo', 27],
	['dip', 30],
	['plugdev', 46],
	['lxd', 101]
];

/**
 * A new host. `fresh`: Ubuntu with the learner (`alice`, uid 1000) in the usual groups of the
 * first user (adm, cdrom, sudo, dip, plugdev, lxd) and no Docker. `docker-installed`: after the
 * install script (daemon running, docker group empty). `group-pending`: alice added to docker
 * but the shell predates it (permission denied until `newgrp docker` or a new login).
 * `docker-ready`: alice in docker and logged in again.
 */
export function createHost(preset: HostPreset = 'fresh', user = 'alice'): HostState {
	const groups: Record<string, HostGroup> = { root: { gid: 0, members: [] } };
	for (const [name, gid] of FIRST_USER_GROUPS) groups[name] = { gid, members: [user] };
	groups[user] = { gid: 1000, members: [] };
	const state: HostState = {
		hostname: 'ubuntu',
		loginUser: user,
		users: {
			root: { uid: 0, primary: 'root', home: '/root' },
			[user]: { uid: 1000, primary: user, home: `/home/${user}` }
		},
		groups,
		docker: {
			installed: false,
			running: false,
			images: [],
			containers: [],
			volumes: [],
			networks: [],
			serial: 0
		},
		files: {},
		sessions: [],
		history: [],
		successes: []
	};
	if (preset !== 'fresh') installDocker(state);
	state.sessions = [loginSession(state, user)];
	// group-pending: alice was added to docker after this shell started (no new login yet).
	if (preset === 'docker-ready' || preset === 'group-pending')
		state.groups.docker!.members.push(user);
	if (preset === 'docker-ready') state.sessions = [loginSession(state, user)];
	return state;
}

/** What the Docker packages leave behind: the engine installed and running, a `docker` group. */
export function installDocker(s: HostState): void {
	s.docker.installed = true;
	s.docker.running = true;
	if (!s.groups.docker) s.groups.docker = { gid: DOCKER_GID, members: [] };
}

/** Supplementary groups of a user from /etc/group, ordered by gid. */
export function dbGroups(s: HostState, user: string): string[] {
	return Object.entries(s.groups)
		.filter(([, g]) => g.members.includes(user))
		.sort((a, b) => a[1].gid - b[1].gid)
		.map(([name]) => name);
}

/** A login shell of `user`: its groups read from /etc/group now (initgroups(3)). */
export function loginSession(s: HostState, user: string): HostSession {
	// initgroups(3) at login puts the primary group in the supplementary list too.
	const primary = s.users[user]?.primary ?? user;
	return {
		user,
		gid: primary,
		groups: [primary, ...dbGroups(s, user).filter((g) => g !== primary)],
		kind: 'login'
	};
}

/** The current shell. */
export function currentSession(s: HostState): HostSession {
	return s.sessions[s.sessions.length - 1]!;
}

/** The prompt the terminal shows, e.g. `alice@ubuntu:~$ ` or `root@ubuntu:~# `. */
export function prompt(s: HostState): string {
	const session = currentSession(s);
	return session.user === 'root' ? `root@${s.hostname}:~# ` : `${session.user}@${s.hostname}:~$ `;
}

/**
 * Deep copy of a host. A JSON round trip rather than structuredClone: the state is JSON-safe by
 * contract, and this also copies a state a UI keeps in a reactive proxy (which structuredClone
 * refuses with DataCloneError).
 */
export function cloneState(state: HostState): HostState {
	return JSON.parse(JSON.stringify(state)) as HostState;
}

/** Log out of every shell and log in again as the login user (new groups take effect). */
export function login(state: HostState): HostState {
	const s = cloneState(state);
	s.sessions = [loginSession(s, s.loginUser)];
	return s;
}

/** Whether a shell holds a group (primary or supplementary); root holds every group. */
export function sessionHas(session: HostSession, group: string): boolean {
	return session.user === 'root' || session.gid === group || session.groups.includes(group);
}

/** Whether the shell may use sudo (Ubuntu's `%sudo ALL=(ALL:ALL) ALL`, sudoers(5)). */
export function maySudo(session: HostSession): boolean {
	return sessionHas(session, 'sudo');
}

/** The home directory of a user (root's is /root). */
export function homeOf(s: HostState, user: string): string {
	return s.users[user]?.home ?? (user === 'root' ? '/root' : `/home/${user}`);
}
