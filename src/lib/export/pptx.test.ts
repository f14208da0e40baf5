import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PPTX_TYPE, writeDeck } from './pptx';

// A 2×1 PNG: the deck must carry the picture it was given, byte for byte.
const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwSYGBgYADveBPzjk6ZzAAAAAElFTkSuQmCC';

const slidesOf = (files: Record<string, Uint8Array>) =>
	Object.keys(files)
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
		.map((n) => strFromU8(files[n]));
/** What a reader sees on a slide: its text runs, joined (pptxgenjs splits table cells into word runs). */
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');

describe('the council deck', () => {
	it('has a title slide, the findings, a slide per chart with its finding, and the tables', async () => {
		const blob = await writeDeck({
			title: 'Сверка: дефициты & результаты <2026>',
			subtitle: 'Отчёт для педагогического совета',
			sources: 'Источник: monitoring.csv',
			findingsTitle: 'Выводы',
			findings: ['Слабее всего — «Речевое развитие».', 'ИКТ не обеспечена планом.'],
			charts: [
				{
					title: 'Результаты детей',
					image: PNG,
					width: 1200,
					height: 600,
					caption: 'Подпись первого графика'
				},
				{ title: 'Дефициты', image: PNG, width: 1200, height: 600, caption: 'Подпись второго графика' }
			],
			tables: [
				{
					title: 'Обеспеченность дефицитов',
					header: ['Тенденция', 'Тематика', 'Соответствие'],
					rows: [['ИКТ (11 из 22)', '', 'не обеспечено: 0 из 11']],
					caption: 'ИКТ не обеспечена'
				}
			]
		});
		expect(blob.type).toBe(PPTX_TYPE);
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const slides = slidesOf(files);
		expect(slides).toHaveLength(5);
		// Text is escaped XML, never markup.
		expect(slides[0]).toContain('<a:t>Сверка: дефициты &amp; результаты &lt;2026&gt;');
		expect(textOf(slides[1])).toContain('ИКТ не обеспечена планом.');
		expect(textOf(slides[2])).toContain('Подпись первого графика');
		expect(slides[2]).toContain('<p:pic>');
		expect(textOf(slides[3])).toContain('Подпись второго графика');
		expect(slides[4]).toContain('<a:tbl>');
		expect(textOf(slides[4])).toContain('не обеспечено: 0 из 11');
		const media = Object.keys(files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
		expect(media.length).toBeGreaterThanOrEqual(2);
		expect(Buffer.from(files[media[0]]).equals(Buffer.from(PNG.split(',')[1], 'base64'))).toBe(true);
	});

	it('splits many findings over numbered slides, none lost', async () => {
		// Five a slide at 18 pt: 14 findings take three.
		const findings = Array.from({ length: 14 }, (_, i) => `Вывод номер ${i + 1}.`);
		const blob = await writeDeck({
			title: 'T',
			subtitle: 'S',
			sources: '',
			findingsTitle: 'Выводы',
			findings,
			charts: [],
			tables: []
		});
		const slides = slidesOf(unzipSync(new Uint8Array(await blob.arrayBuffer()))).slice(1);
		expect(slides.map((s) => textOf(s).match(/^Выводы \(\d\/\d\)/)?.[0])).toEqual([
			'Выводы (1/3)',
			'Выводы (2/3)',
			'Выводы (3/3)'
		]);
		expect(slides.map((s) => textOf(s).match(/Вывод номер \d+\./g)).flat()).toEqual(findings);
	});

	it('continues a long table on the next slide instead of running off the page', async () => {
		const rows = Array.from({ length: 60 }, (_, i) => [
			`Компетенция ${i + 1}`,
			'Семинар, октябрь 2025',
			'обеспечено'
		]);
		const blob = await writeDeck({
			title: 'T',
			subtitle: 'S',
			sources: '',
			findingsTitle: 'F',
			findings: [],
			charts: [],
			tables: [{ title: 'План', header: ['A', 'B', 'C'], rows, caption: '' }]
		});
		const slides = slidesOf(unzipSync(new Uint8Array(await blob.arrayBuffer())));
		expect(slides.length).toBeGreaterThan(2);
		expect(textOf(slides.at(-1)!)).toContain('Компетенция 60');
		expect(slides.slice(2).every((s) => s.includes('<a:tbl>'))).toBe(true);
	});
});
