import { readFileSync, readdirSync } from 'node:fs';
import { parseNotes } from '$lib/content/parse';
import { generateQuiz } from './generate';
import type { QuizSourceCard } from './types';
const files = [
	'/work/shared/notes/study_Docker.md',
	...readdirSync('questions')
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => `questions/${f}`)
];
const cards: QuizSourceCard[] = [];
for (const f of files) {
	const r = parseNotes(readFileSync(f, 'utf8'), f.split('/').pop()!);
	for (const c of r.cards) cards.push({ ...c, deckId: `bundled:${f}` });
}
console.log('cards', cards.length);
const t = performance.now();
const q = generateQuiz(
	cards,
	{
		count: 40,
		types: ['mcq', 'truefalse', 'fillin', 'command'],
		timeLimit: { kind: 'total', ms: 600000 }
	},
	Number(process.argv[2] ?? 7)
);
console.log('ms', (performance.now() - t).toFixed(0));
for (const x of q.questions)
	console.log(
		JSON.stringify({
			t: x.type,
			p: x.prompt,
			...(x.type === 'mcq'
				? { o: x.options, c: x.correctIndex }
				: x.type === 'truefalse'
					? { c: x.correct }
					: x.type === 'fillin'
						? { e: x.expected, a: x.accepted }
						: { e: x.expected })
		})
	);
