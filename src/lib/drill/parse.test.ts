import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, parseLine, type ParseResult } from './parse';

const alice = { user: 'alice' };

function argvs(r: ParseResult): string[][][] {
	if (!r.ok) throw new Error(`parse failed: ${r.reasonId}`);
	return r.line.items.map((item) => item.pipeline.commands.map((c) => c.argv));
}

describe('parseLine', () => {
	it('splits pipelines and lists', () => {
		const r = parseLine(
			'curl -fsSL https://get.docker.com/ | sudo sh && docker version; id',
			alice
		);
		expect(argvs(r)).toEqual([
			[
				['curl', '-fsSL', 'https://get.docker.com/'],
				['sudo', 'sh']
			],
			[['docker', 'version']],
			[['id']]
		]);
		expect(r.ok && r.line.items.map((i) => i.next)).toEqual(['&&', ';', null]);
	});

	it('expands $USER, ${USER}, "$USER", $(whoami) and backticks as the given user', () => {
		const r = parseLine(
			'echo $USER ${USER} "$USER" $(whoami) `whoami` "$(id -un)" \'$USER\'',
			alice
		);
		expect(argvs(r)[0]![0]).toEqual([
			'echo',
			'alice',
			'alice',
			'alice',
			'alice',
			'alice',
			'alice',
			'$USER'
		]);
		expect(r.ok && r.line.expansions.map((e) => e.source)).toEqual([
			'$USER',
			'$USER',
			'$USER',
			'$(whoami)',
			'`whoami`',
			'$(id -un)'
		]);
		expect(argvs(parseLine('echo $USER', { user: 'root' }))[0]![0]).toEqual(['echo', 'root']);
	});

	it('never runs an unknown substitution: it expands to nothing and is flagged', () => {
		const r = parseLine('echo $(rm -rf /) x', alice);
		expect(argvs(r)[0]![0]).toEqual(['echo', 'x']);
		expect(r.ok && r.line.expansions[0]).toMatchObject({ resolved: false, name: 'rm -rf /' });
	});

	it('drops an unquoted empty variable but keeps a quoted one (bash word splitting)', () => {
		expect(argvs(parseLine('usermod -aG docker $user', alice))[0]![0]).toEqual([
			'usermod',
			'-aG',
			'docker'
		]);
		expect(argvs(parseLine('usermod -aG docker "$user"', alice))[0]![0]).toEqual([
			'usermod',
			'-aG',
			'docker',
			''
		]);
	});

	it('reads redirections, descriptors and assignments', () => {
		const r = parseLine('FOO=1 curl -fsSL https://get.docker.com > get-docker.sh 2>&1', alice);
		if (!r.ok) throw new Error(r.reasonId);
		const cmd = r.line.items[0]!.pipeline.commands[0]!;
		expect(cmd.assignments).toEqual({ FOO: '1' });
		expect(cmd.argv).toEqual(['curl', '-fsSL', 'https://get.docker.com']);
		expect(cmd.redirects).toEqual([
			{ fd: null, op: '>', target: 'get-docker.sh' },
			{ fd: 2, op: '>&', target: '1' }
		]);
	});

	it('keeps sh -c strings whole', () => {
		expect(argvs(parseLine("sudo sh -c 'usermod -aG docker $USER'", alice))[0]![0]).toEqual([
			'sudo',
			'sh',
			'-c',
			'usermod -aG docker $USER'
		]);
	});

	it.each([
		["echo 'abc", 'unbalanced-quote'],
		['echo "abc', 'unbalanced-quote'],
		['echo $(whoami', 'unbalanced-substitution'],
		['echo `whoami', 'unbalanced-substitution'],
		['echo ${}', 'bad-substitution'],
		['echo $((1+2))', 'unsupported-syntax'],
		['(cd /tmp)', 'unsupported-syntax'],
		['cat <(id)', 'unsupported-syntax'],
		['| sh', 'syntax-error'],
		['curl x |', 'syntax-error'],
		['a &&', 'syntax-error'],
		['echo >', 'syntax-error'],
		['   ', 'empty'],
		['# only a comment', 'empty'],
		['echo a\nb', 'control-char'],
		['echo \u0007', 'control-char']
	])('%j fails with %s (bash-like message for the terminal)', (line, reasonId) => {
		const r = parseLine(line, alice);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reasonId).toBe(reasonId);
			if (reasonId !== 'empty') expect(r.message).toMatch(/^bash: /);
		}
	});

	it(`caps the input at ${MAX_LINE_LENGTH} characters`, () => {
		expect(parseLine('echo ' + 'a'.repeat(MAX_LINE_LENGTH - 5), alice).ok).toBe(true);
		const r = parseLine('echo ' + 'a'.repeat(MAX_LINE_LENGTH), alice);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.reasonId).toBe('too-long');
			expect(r.params).toEqual({ length: MAX_LINE_LENGTH + 5, max: MAX_LINE_LENGTH });
		}
	});

	it("reads ANSI-C quoting $'…' with escaped quotes", () => {
		expect(argvs(parseLine("echo $'it\\'s' $'a\\tb'", alice))[0]![0]).toEqual([
			'echo',
			"it's",
			'a\tb'
		]);
		const r = parseLine("echo $'abc", alice);
		expect(r.ok || r.reasonId).toBe('unbalanced-quote');
	});

	it('accepts a trailing ; or &', () => {
		expect(argvs(parseLine('docker version;', alice))).toEqual([[['docker', 'version']]]);
		expect(argvs(parseLine('docker version &', alice))).toEqual([[['docker', 'version']]]);
	});
});
