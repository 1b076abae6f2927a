/** Scenario goals over host state (list and meaning: `questions/drills/README.md`). */
import { currentSession, dbGroups, type HostState } from '../host';
import { reason, type Reason } from '../reasons';
import type { Goal } from './types';

/** True when the goal holds on `host`. `start` is the host the drill began with. */
export function goalMet(host: HostState, goal: Goal, start: HostState): boolean {
	const user = host.loginUser;
	if (goal === 'docker-installed') return host.docker.installed;
	if (goal === 'daemon-running') return host.docker.running;
	if (goal === 'keeps-groups') {
		const now = dbGroups(host, user);
		return dbGroups(start, user).every((g) => now.includes(g));
	}
	const [kind, arg] = [goal.slice(0, goal.indexOf(':')), goal.slice(goal.indexOf(':') + 1)];
	if (kind === 'member') return dbGroups(host, user).includes(arg);
	if (kind === 'session-group') {
		const s = currentSession(host);
		return s.user === user && (s.gid === arg || s.groups.includes(arg));
	}
	if (kind === 'ran') return host.successes.some((x) => x.command === arg && !x.root);
	if (goal === 'no-containers') return host.docker.containers.length === 0;
	if (kind === 'container-running') {
		return host.docker.containers.some(
			(c) => c.status === 'running' && (c.image === arg || c.image.split(':')[0] === arg)
		);
	}
	if (kind === 'port') {
		return host.docker.containers.some(
			(c) => c.status === 'running' && c.ports.includes(`:${arg}->`)
		);
	}
	if (kind === 'image') {
		const ref = arg.includes(':') ? arg : `${arg}:latest`;
		return host.docker.images.includes(ref);
	}
	return false;
}

/**
 * A goal for the scenario screen, as a reason (`drill_reason_goal_<kind>` with `{arg}`): the UI
 * renders it in its language.
 */
export function describeGoal(goal: Goal): Reason {
	const colon = goal.indexOf(':');
	const kind = colon < 0 ? goal : goal.slice(0, colon);
	return colon < 0
		? reason(`goal-${kind}`)
		: reason(`goal-${kind}`, { arg: goal.slice(colon + 1) });
}
