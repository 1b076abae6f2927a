import { readFileSync, readdirSync } from 'node:fs';
import { parseNotes } from '$lib/content/parse';
import { generateQuiz } from './generate';
import type { QuizSourceCard, QuestionType } from './types';
const files = [
	'/work/shared/notes/study_Docker.md',
	...readdirSync('questions')
		.filter((f) => f.endsWith('.md') && f !== 'README.md')
		.map((f) => `questions/${f}`)
];
const cards: QuizSourceCard[] = [];
for (const f of files)
	for (const c of parseNotes(readFileSync(f, 'utf8'), f.split('/').pop()!).cards)
		cards.push({ ...c, deckId: 'd' });
for (const types of [
	['mcq'],
	['truefalse'],
	['fillin'],
	['command'],
	['mcq', 'truefalse', 'fillin', 'command']
] as QuestionType[][]) {
	for (const seed of [1, 2, 3]) {
		const t = performance.now();
		generateQuiz(cards, { count: 50, types, timeLimit: { kind: 'total', ms: 600000 } }, seed);
		console.log(types.join(','), seed, (performance.now() - t).toFixed(0), 'ms');
	}
}
