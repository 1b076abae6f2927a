import { describe, expect, it } from 'vitest';
import { createHost, runLine, type HostState } from './host';
import { judgeCommand } from './judge';
import { mulberry32 } from '$lib/random';

const FRAGMENTS = [
	'$(',
	'${',
	'`',
	"'",
	'"',
	'\\',
	')',
	'}',
	'|',
	'||',
	'&&',
	';',
	'&',
	'>',
	'2>&1',
	'<',
	'<(',
	'#',
	'*',
	'?',
	'~',
	'$USER',
	'$(whoami)',
	'sudo ',
	'sudo -u ',
	'sh -c ',
	"bash -c '",
	'curl -fsSL https://get.docker.com/ | ',
	'usermod -aG docker ',
	'gpasswd -a ',
	'docker ',
	'docker run -it ',
	'docker compose ',
	'newgrp docker',
	'exit',
	' -- ',
	'--groups=',
	'-aGdocker',
	'도커 버전',
	'\u0000',
	'\u0007',
	'\t',
	'\n',
	'\r',
	'\u001b[31m',
	'\u007f',
	'\u0085',
	'\ue000',
	'\ud83d\udc33',
	'\ud800'
];
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_=+/.,:@%^!';

function randomLine(rnd: () => number): string {
	const roll = rnd();
	if (roll < 0.01) {
		// 10 KB lines: far past the input cap.
		const unit = FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)]! + 'a';
		return unit.repeat(Math.ceil(10_240 / unit.length)).slice(0, 10_240);
	}
	const parts = 1 + Math.floor(rnd() * (roll < 0.1 ? 200 : 12));
	let out = '';
	for (let i = 0; i < parts; i++) {
		if (rnd() < 0.5) out += FRAGMENTS[Math.floor(rnd() * FRAGMENTS.length)]!;
		else {
			const n = 1 + Math.floor(rnd() * 6);
			for (let k = 0; k < n; k++) out += CHARS[Math.floor(rnd() * CHARS.length)]!;
		}
	}
	return out;
}

const EXPECTED = [
	'curl -fsSL https://get.docker.com/ | sudo sh',
	'sudo usermod -aG docker {user}',
	'docker version',
	'docker run -d -p 8080:80 {image}'
];
const VERDICTS = new Set(['correct', 'correct-with-note', 'wrong']);

describe('fuzz', () => {
	it('10,000 random lines: judgeCommand and runLine never throw and always answer', () => {
		const rnd = mulberry32(0x5eed_d0c);
		let host: HostState = createHost('docker-installed');
		const seen = { correct: 0, wrong: 0, long: 0 };
		for (let i = 0; i < 10_000; i++) {
			const line = randomLine(rnd);
			if (line.length > 2000) seen.long++;
			const v = judgeCommand(EXPECTED[i % EXPECTED.length]!, line);
			if (!VERDICTS.has(v.verdict) || !Array.isArray(v.reasons)) {
				throw new Error(`bad verdict for ${JSON.stringify(line)}: ${JSON.stringify(v)}`);
			}
			if (v.reasonIds.includes('internal-error'))
				throw new Error(`judge crashed on ${JSON.stringify(line)}: ${JSON.stringify(v.reasons)}`);
			if (v.verdict === 'wrong') seen.wrong++;
			else seen.correct++;
			const r = runLine(host, line);
			if (typeof r.output !== 'string' || !Number.isInteger(r.exitCode)) {
				throw new Error(`bad run result for ${JSON.stringify(line)}`);
			}
			if (r.output.includes('내부 오류'))
				throw new Error(`host crashed on ${JSON.stringify(line)}: ${r.output}`);
			// Start over now and then so the history stays small.
			host = i % 50 === 49 ? createHost('docker-installed') : r.state;
		}
		expect(seen.long).toBeGreaterThan(50);
		expect(seen.wrong).toBeGreaterThan(9_000);
		expect(seen.correct + seen.wrong).toBe(10_000);
	}, 60_000); // about 2 s alone; the machine is shared (2 cores), so allow much more
});
