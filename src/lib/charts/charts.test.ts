import type { EChartsOption } from 'echarts';
import { renderSvg as render } from './render-svg';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { deficitPrevalenceOption } from './deficit-prevalence';
import { outcomesByAreaOption } from './outcomes-by-area';
import { wrapLabel } from './text';

const renderSvg = (option: EChartsOption) => render(option, 800, 420);

const outcomes = {
	areas: ['Речевое развитие', 'Физическое развитие'],
	periods: ['Сентябрь 2025', 'Май 2026'],
	mean: [
		[1.234, 1.5],
		[2.04, 2.5]
	],
	pct: [
		[(100 * 1.234) / 3, 50],
		[68, (100 * 2.5) / 3]
	],
	n: [
		[20, 20],
		[19, 20]
	],
	lowShare: [
		[0.6, 0.4],
		[0.1, 0.05]
	],
	scale: { min: 0, max: 3 },
	oneScale: true,
	marks: false,
	children: 20
};

describe('outcomes chart', () => {
	it('draws every area in % of the scale, the one scale of the page, and names it on the axis', () => {
		const svg = renderSvg(outcomesByAreaOption(outcomes, translator('ru'), 'ru'));
		expect(svg).toContain('Результаты детей по образовательным областям');
		expect(svg).toContain('Сентябрь 2025');
		expect(svg).toContain('Май 2026');
		expect(svg).toContain('>41<');
		expect(svg).toContain('Средний результат, % шкалы');
		expect(svg).toContain('>100 %<');
		expect(svg).not.toContain('>1,2<');
	});

	it("says the file's own points in the tooltip only when every file has one scale", () => {
		const tip = (data: typeof outcomes) =>
			(
				outcomesByAreaOption(data, translator('ru'), 'ru').tooltip as {
					formatter: (p: { seriesIndex: number; dataIndex: number }) => string;
				}
			).formatter({ seriesIndex: 1, dataIndex: 0 });
		expect(tip(outcomes)).toBe(
			'Речевое развитие\nМай 2026: 68 % шкалы (детей: 19, на низком уровне: 10 %)\nв баллах файла: 2,04 по шкале 0–3'
		);
		expect(tip({ ...outcomes, oneScale: false })).not.toContain('в баллах');
	});

	it('reads school marks 2–5 as marks, on their own axis', () => {
		const marks = {
			...outcomes,
			mean: [
				[3.4, 4.1],
				[3.6, 4.25]
			],
			scale: { min: 2, max: 5 },
			marks: true
		};
		const svg = renderSvg(outcomesByAreaOption(marks, translator('ru'), 'ru'));
		expect(svg).toContain('Средняя отметка (2–5)');
		expect(svg).toContain('>3,4<');
		expect(svg).not.toContain('%<');
	});

	it('renders hostile names as text, never as markup', () => {
		const hostile = { ...outcomes, areas: ['<img src=x onerror=alert(1)>', 'B'] };
		const svg = renderSvg(outcomesByAreaOption(hostile, translator('ru'), 'ru'));
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img');
	});
});

describe('deficit prevalence chart', () => {
	it('lists the competencies with k of n, the most widespread on top', () => {
		const option = deficitPrevalenceOption(
			{ competencies: ['ИКТ', 'Речь'], inDeficit: [12, 3], respondents: [22, 22], share: [12 / 22, 3 / 22] },
			translator('ru'),
			'ru'
		);
		const categories = (option.yAxis as { data: string[] }).data;
		expect(categories.at(-1)).toBe('ИКТ');
		const svg = renderSvg(option);
		expect(svg).toContain('12 из 22');
		expect(svg).toContain('Доля педагогов с дефицитом, %');
	});
});

describe('labels', () => {
	it('wraps long area names at spaces and hyphens', () => {
		expect(wrapLabel('Социально-коммуникативное развитие', 16)).toBe('Социально-\nкоммуникативное\nразвитие');
		expect(wrapLabel('Речевое развитие', 16)).toBe('Речевое развитие');
	});
});

describe('chart descriptions', () => {
	it('state every number of the chart as text in the UI language', () => {
		const option = outcomesByAreaOption(outcomes, translator('ru'), 'ru') as {
			aria: { label: { description: string } };
		};
		expect(option.aria.label.description).toBe(
			'Результаты детей по образовательным областям. Речевое развитие: Сентябрь 2025 — 41 %, Май 2026 — 68 %; Физическое развитие: Сентябрь 2025 — 50 %, Май 2026 — 83 %'
		);
	});
});
