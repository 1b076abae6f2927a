import { describe, expect, it } from 'vitest';
import { SOURCE_MARK } from './card-source';
import type { CardRow } from '$lib/cards';
import { loadSourceView, notesTextFor } from './card-source';

const card = (file: string, line: number) =>
	({ source: { file, line } }) as Pick<CardRow, 'source'> as CardRow;

describe('card source', () => {
	it('an imported deck uses its stored notes text', async () => {
		const text = '# 덱\n\n## 이미지\n\n- 레이어: 읽기 전용\n\n## 볼륨\n\n- 볼륨: 남는 데이터\n';
		const view = await loadSourceView({
			card: card('my.md', 5),
			deck: { sourceText: text } as never
		});
		expect(view?.section.heading).toBe('이미지');
		expect(view?.section.startLine).toBe(3);
		expect(view?.marked).toBe(`## 이미지\n\n- ${SOURCE_MARK}레이어: 읽기 전용`);
	});

	it('a bundled deck (no stored text) reads its file from questions/ at build time', async () => {
		const text = await notesTextFor({ sourceText: '' }, 'questions/01-docker-basics.md');
		expect(text).toContain('# ');
		// The file a bundled card names is the one loaded, with the card's line in its section.
		const view = await loadSourceView({
			card: card('questions/01-docker-basics.md', 5),
			deck: { sourceText: '' } as never
		});
		expect(view?.marked).toContain(SOURCE_MARK);
		expect(view?.section.startLine).toBeLessThanOrEqual(5);
		expect(view?.section.endLine).toBeGreaterThanOrEqual(5);
	});

	it('null when the text is not on this device', async () => {
		expect(await notesTextFor(undefined, 'gone.md', {})).toBeNull();
		expect(await loadSourceView({ card: card('gone.md', 1), deck: undefined }, {})).toBeNull();
	});
});
