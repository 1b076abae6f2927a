/**
 * Images in notes: with the importer's resolver each image goes on the answer of the card it
 * belongs to (same line, or the nearest card above it with no heading between), as the URL the
 * resolver gives; without one (bundled decks, `npm run cards`) it is left out with a warning.
 */
import { describe, expect, it } from 'vitest';
import { parseNotes } from '../parse';
import type { ImageResolution } from '../types';

const URL_OF = (src: string): ImageResolution & { url: string } => ({
	url: `media:${'0'.repeat(63)}${src.length % 10}`
});
const backs = (notes: string) =>
	parseNotes(notes, 'n.md', { resolveImage: URL_OF }).cards.map((c) => [c.front, c.back]);

describe('images go on the card they belong to', () => {
	it('after a command block: its output, on the command card', () => {
		const cards = backs(
			'# T\n\n- 버전 보기\n  ```\n  docker version\n  ```\n  <img src="./img/v.png">\n'
		);
		expect(cards).toEqual([
			['버전 보기', `\`docker version\`\n\n![](<${URL_OF('./img/v.png').url}>)`]
		]);
	});

	it('right after a bullet, or inside it: the picture of that bullet, alt text kept as alt', () => {
		const url = URL_OF('img/a.png').url;
		expect(backs('# T\n\n- 레이어: 읽기 전용 층\n\n  ![레이어 [그림]](img/a.png)\n')).toEqual([
			['레이어', `읽기 전용 층\n\n![레이어 \\[그림\\]](<${url}>)`]
		]);
	});

	it('never across a heading; never on a type-in answer; with no card it is a warning', () => {
		const parsed = parseNotes(
			'# T\n\n- 볼륨: 남는 데이터\n\n## 다음\n\n![](img/b.png)\n\n- 포트 ::> 80\n  ![](img/c.png)\n',
			'n.md',
			{
				resolveImage: URL_OF
			}
		);
		expect(parsed.cards.every((c) => !c.back.includes('media:'))).toBe(true);
		expect(
			parsed.warnings.filter((w) => w.code === 'notes_image_no_card').map((w) => w.line)
		).toEqual([7, 10]);
	});

	it('a problem the resolver reports becomes a warning on the line, with its parameters', () => {
		const parsed = parseNotes('# T\n\n- 볼륨: 남는 데이터\n  ![](img/big.png)\n', 'n.md', {
			resolveImage: () => ({ problem: 'too-large', size: '7.5', max: 5 })
		});
		expect(parsed.warnings).toContainEqual({
			file: 'n.md',
			line: 4,
			code: 'notes_image_too_large',
			params: { src: 'img/big.png', size: '7.5', max: 5 }
		});
		expect(parsed.cards[0]!.back).toBe('남는 데이터');
	});

	it('without a resolver nothing changes: images are left out with the old warning', () => {
		const parsed = parseNotes('# T\n\n- 볼륨: 남는 데이터\n  ![](img/a.png)\n', 'n.md');
		expect(parsed.cards[0]!.back).toBe('남는 데이터');
		expect(parsed.warnings.map((w) => w.code)).toContain('notes_image_dropped');
	});
});
