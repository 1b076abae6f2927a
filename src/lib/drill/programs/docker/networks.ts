/**
 * Docker's network commands on the simulated daemon. `bridge`, `host` and `none` always exist;
 * user-defined networks are created, listed, inspected, connected to containers and removed.
 * Source: Docker docs, "Networking overview" and `docker network` reference.
 */
import type { HostNetwork, HostState } from '../../host/state';
import { hasOption, optionValues } from '../../spec';
import { err, ok, type Io, type ProgramCall } from '../program';
import { eachRef, fakeHex, findContainer } from './daemon';

const BUILT_IN: readonly HostNetwork[] = [
	{ name: 'bridge', driver: 'bridge', containers: [] },
	{ name: 'host', driver: 'host', containers: [] },
	{ name: 'none', driver: 'null', containers: [] }
];

/** Every network: the three built-in ones, then the user's. */
function networksOf(s: HostState): HostNetwork[] {
	return [...BUILT_IN, ...(s.docker.networks ?? [])];
}

function userNetwork(s: HostState, ref: string): HostNetwork | undefined {
	return (s.docker.networks ?? []).find(
		(n) => n.name === ref || fakeHex('net' + n.name, 12).startsWith(ref)
	);
}

/** `docker network create NAME`: a bridge network unless `-d` names another driver. */
export function networkCreate({ host: s, args }: ProgramCall): Io {
	const name = args.operands[0]!;
	if (networksOf(s).some((n) => n.name === name))
		return err(`Error response from daemon: network with name ${name} already exists`, 1);
	const driver = optionValues(args, 'driver').at(-1) ?? 'bridge';
	(s.docker.networks ??= []).push({ name, driver, containers: [] });
	return ok(fakeHex('net' + name, 64) + '\n');
}

/** `docker network ls`. */
export function networkLs({ host: s, args }: ProgramCall): Io {
	const all = networksOf(s);
	if (hasOption(args, 'quiet'))
		return ok(all.map((n) => fakeHex('net' + n.name, 12) + '\n').join(''));
	const row = (n: HostNetwork) =>
		`${fakeHex('net' + n.name, 12)}   ${n.name.padEnd(9)} ${n.driver.padEnd(9)} local\n`;
	return ok('NETWORK ID     NAME      DRIVER    SCOPE\n' + all.map(row).join(''));
}

/** `docker network rm`: built-in networks and networks with containers stay. */
export function networkRm({ host: s, args }: ProgramCall): Io {
	return eachRef(args.operands, (ref) => {
		if (BUILT_IN.some((n) => n.name === ref))
			return {
				error: `Error response from daemon: ${ref} is a pre-defined network and cannot be removed`
			};
		const n = userNetwork(s, ref);
		if (!n)
			return hasOption(args, 'force')
				? { out: '' }
				: { error: `Error response from daemon: network ${ref} not found` };
		if (n.containers.length)
			return {
				error: `Error response from daemon: error while removing network: network ${n.name} has active endpoints (name:"${n.containers[0]}")`
			};
		s.docker.networks = (s.docker.networks ?? []).filter((x) => x !== n);
		return { out: ref + '\n' };
	});
}

/** `docker network inspect`. */
export function networkInspect({ host: s, args }: ProgramCall): Io {
	const found = args.operands.map(
		(ref) => networksOf(s).find((n) => n.name === ref) ?? userNetwork(s, ref)
	);
	const missing = args.operands.find((_ref, i) => !found[i]);
	if (missing) return err(`Error response from daemon: network ${missing} not found`, 1);
	const one = (n: HostNetwork) =>
		`    {\n        "Name": "${n.name}",\n        "Id": "${fakeHex('net' + n.name, 64)}",\n        "Driver": "${n.driver}",\n        "Containers": [${n.containers.map((c) => `"${c}"`).join(', ')}]\n    }`;
	return ok('[\n' + found.map((n) => one(n!)).join(',\n') + '\n]\n');
}

/** `docker network connect|disconnect NETWORK CONTAINER`. */
export function networkConnect(connect: boolean) {
	return ({ host: s, args }: ProgramCall): Io => {
		const [ref, containerRef] = args.operands as [string, string];
		const builtIn = BUILT_IN.find((n) => n.name === ref);
		const n = userNetwork(s, ref);
		if (!n && !builtIn) return err(`Error response from daemon: network ${ref} not found`, 1);
		const c = findContainer(s, containerRef);
		if (!c) return err(`Error response from daemon: No such container: ${containerRef}`, 1);
		if (!n) return ok();
		const member = n.containers.includes(c.name);
		if (connect && member)
			return err(
				`Error response from daemon: endpoint with name ${c.name} already exists in network ${n.name}`,
				1
			);
		if (!connect && !member)
			return err(
				`Error response from daemon: container ${c.id} is not connected to network ${n.name}`,
				1
			);
		n.containers = connect ? [...n.containers, c.name] : n.containers.filter((x) => x !== c.name);
		return ok();
	};
}

/** `docker network prune`: removes user networks no container uses. */
export function networkPrune({ host: s }: ProgramCall): Io {
	const gone = (s.docker.networks ?? []).filter((n) => n.containers.length === 0);
	s.docker.networks = (s.docker.networks ?? []).filter((n) => n.containers.length > 0);
	return ok(gone.length ? `Deleted Networks:\n${gone.map((n) => n.name + '\n').join('')}` : '');
}

/** Why `docker run --network NAME` cannot connect the container, or null when it can. */
export function networkProblem(s: HostState, network: string | undefined): string | null {
	if (network === undefined || BUILT_IN.some((n) => n.name === network)) return null;
	return userNetwork(s, network)
		? null
		: `docker: Error response from daemon: network ${network} not found.`;
}

/** Connect a new container to the user network `network` (built-in networks keep no list). */
export function joinNetwork(s: HostState, network: string | undefined, container: string): void {
	const n = network === undefined ? undefined : userNetwork(s, network);
	if (n && !n.containers.includes(container)) n.containers.push(container);
}

/** A container was removed or renamed: its name leaves (or changes in) every network. */
export function renameInNetworks(s: HostState, from: string, to: string | null): void {
	for (const n of s.docker.networks ?? [])
		n.containers = n.containers.flatMap((c) => (c !== from ? [c] : to === null ? [] : [to]));
}
