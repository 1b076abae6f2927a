/**
 * Never give the answer away (issue rule 1): nothing shown with a question — front, topic line
 * (heading path), context — may contain the answer or its key term. Headings that contain it
 * are left out of the topic; a front that contains it refuses the card (with a warning).
 */
import { termKey } from '../key-terms';

/** The key term of an answer: a command's program and sub-command (`docker pull`), else itself. */
export function answerKey(answer: string): string {
	const t = termKey(answer.replace(/`/g, ''));
	const words = t.split(' ');
	if (
		words.length >= 2 &&
		/^(docker|docker-compose|kubectl|git|npm|sudo|apt|apt-get|systemctl)$/.test(words[0] as string)
	) {
		const second = words[1] as string;
		if (/^[a-z][a-z-]*$/.test(second))
			return words[0] === 'sudo' ? words.slice(0, 3).join(' ') : `${words[0]} ${second}`;
	}
	return t;
}

/** Whether `shown` contains `key` as a word (short Latin keys need word edges: `IP` ≠ `ZIP`). */
export function shows(shown: string, key: string): boolean {
	if (key === '') return false;
	const s = termKey(shown);
	if (!/^[a-z0-9]{1,3}$/.test(key)) return s.includes(key);
	for (let at = s.indexOf(key); at !== -1; at = s.indexOf(key, at + 1)) {
		const before = s[at - 1] ?? ' ';
		const after = s[at + key.length] ?? ' ';
		if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
	}
	return false;
}

/** The answer's key terms: its key, and each side of a parenthesis (`볼륨(named volume)`). */
export function answerKeys(answer: string): string[] {
	const key = answerKey(mdPlain(answer));
	const m = /^(.+?)\s*\((.+)\)$/.exec(key);
	return m
		? [key, (m[1] as string).trim(), (m[2] as string).trim()].filter((k) => k.length >= 2)
		: [key];
}

/** The topic without the headings that show the answer. */
export function topicWithout(topic: string[], answer: string): string[] {
	const keys = answerKeys(answer);
	const bad = (t: string) => keys.some((k) => shows(t, k));
	return topic.some(bad) ? topic.filter((t) => !bad(t)) : topic;
}

/** Whether a question (front and context) shows the answer. */
export function questionShows(front: string, context: string | undefined, answer: string): boolean {
	const plainFront = mdPlain(front).replace(/\[\.\.\.\]/g, ' ');
	return answerKeys(answer).some(
		(k) => shows(plainFront, k) || (context !== undefined && shows(context, k))
	);
}

/** The answer to check for a card whose back is short (a term), else ''. */
export function shortAnswer(back: string): string {
	const t = mdPlain(back).trim();
	return t.length <= 40 && t.split(/\s+/).length <= 5 && !t.includes('\n') ? t : '';
}

/** A bare web address in text the learner would read (not inside code or link syntax). */
export const BARE_URL = /\bhttps?:\/\/\S|\bwww\.[a-z0-9-]+\.[a-z]/i;

/** Rough plain text of card Markdown for containment checks: escapes and markers removed. */
export function mdPlain(md: string): string {
	return md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\*\*|~~|`/g, '');
}
