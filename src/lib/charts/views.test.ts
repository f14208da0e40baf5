import type { EChartsOption } from 'echarts';
import { renderSvg } from './render-svg';
import { describe, expect, it } from 'vitest';
import type { LinkageResult } from '../analysis/linkage';
import { translator } from '../i18n';
import { deficitHeatmapOption, profileOption } from './deficit-views';
import { linkageMatrixOption, linkageScatterOption } from './linkage-views';
import { dynamicsOption, levelsOption, outcomesHeatmapOption } from './outcomes-views';
import { timelineOption } from './plan-views';
import { SEQUENTIAL } from './heatmap';
import { scopeLine } from './scope';
import { teacherProfileOption } from './teacher-views';

const t = translator('ru');
const svg = (option: EChartsOption) => renderSvg(option, 900, 500);
const description = (o: EChartsOption) =>
	(o as { aria: { label: { description: string } } }).aria.label.description;

const group = (name: string, exposure: number, outcome: number, children: number) => ({
	group: name,
	band: 'старшая',
	exposure,
	exposed: exposure >= 0.5,
	source: 'own' as const,
	outcome,
	start: 0.4,
	children,
	small: children < 5
});
const speech: LinkageResult = {
	competency: 'Развитие речи детей',
	area: 'Речевое развитие',
	measure: 'growth',
	groups: [group('Ромашка', 1, 0.05, 20), group('Колокольчик', 0, 0.2, 4)],
	n_groups: 2,
	n_exposed: 1,
	n_compared: 2,
	effect: -0.15,
	ci_low: -0.2,
	ci_high: -0.1,
	rho: -1,
	p: 0.01,
	p_min: 0.01,
	q: 0.02,
	mdd: 0.05,
	method: 'exact',
	splits: 100,
	adjusted: true,
	start_slope: null,
	balance: {
		bands: [{ band: 'старшая', exposed: 1, unexposed: 0, compared: false }],
		start_exposed: 0.4,
		start_unexposed: null,
		children_exposed: 20,
		children_unexposed: 0,
		small_groups: ['Колокольчик']
	},
	verdict: 'linked',
	reason: null
};

describe('view charts', () => {
	it('outcomes heatmap: % of scale per group and area, «*» and faint under 5 children', () => {
		const option = outcomesHeatmapOption(
			{
				period: 'Май 2026',
				groups: ['Ромашка', '<img src=x>'],
				areas: ['Речевое развитие'],
				mean: [[0.5], [0.75]],
				n: [[20], [3]]
			},
			t,
			'ru'
		);
		expect(description(option)).toBe(
			'Результаты по группам и областям, май 2026 (% шкалы). Ромашка: Речевое развитие — 50; <img src=x>: Речевое развитие — 75'
		);
		const out = svg(option);
		expect(out).toContain('75*');
		expect(out).not.toContain('<img');
		expect(out).toContain('&lt;img src=x&gt;');
	});

	it('with small figures suppressed, a group under 5 children shows no figure in the heatmap or the scatter', () => {
		const heat = {
			period: 'Май 2026',
			groups: ['Ромашка', 'Колокольчик'],
			areas: ['Речевое развитие'],
			mean: [[0.5], [0.75]],
			n: [[20], [3]]
		};
		const hidden = outcomesHeatmapOption(heat, t, 'ru', true);
		expect(description(hidden)).toBe(
			'Результаты по группам и областям, май 2026 (% шкалы). Ромашка: Речевое развитие — 50; Колокольчик: Речевое развитие — меньше 5 детей'
		);
		expect(svg(hidden)).not.toMatch(/>75\*?</);
		expect(svg(hidden)).toMatch(/>50</);
		expect(svg(outcomesHeatmapOption(heat, t, 'ru'))).toContain('75*');

		const scatter = linkageScatterOption(speech, t, 'ru', true);
		const drawn = svg(scatter);
		expect(drawn).not.toContain('Колокольчик');
		expect(drawn).toContain('Группы меньше 5 детей не показаны: 1.');
		expect(description(scatter)).not.toContain('Колокольчик');
		expect(svg(linkageScatterOption(speech, t, 'ru'))).toContain('Колокольчик*');
	});

	it('levels and dynamics state their shares and pairs', () => {
		const levels = levelsOption(
			{ period: 'Май 2026', areas: ['Речевое развитие'], n: [10], low: [0.2], mid: [0.5], high: [0.3] },
			t,
			'ru'
		);
		expect(description(levels)).toContain(
			'Речевое развитие: низкий 20 %, средний 50 %, высокий 30 % (n = 10)'
		);
		const dyn = dynamicsOption(
			{
				area: 'Речевое развитие',
				first: 'Сентябрь 2025',
				last: 'Май 2026',
				groups: ['Ромашка'],
				start: [1.5],
				end: [2.25],
				startPct: [50],
				endPct: [75],
				marks: false,
				paired: [19]
			},
			t,
			'ru'
		);
		// In % of the scale, as every outcome figure of the page.
		expect(description(dyn)).toContain('Ромашка: 50 % → 75 % (n = 19)');
		const drawn = svg(dyn);
		expect(drawn).toContain('Динамика за год: Речевое развитие');
		expect(drawn).toContain('% шкалы (одни и те же дети)');
		expect(drawn).toContain('>100 %<');
		// Marks 2–5 stay marks, with the Russian decimal comma on the ticks (2, 2,5, 3 … 5).
		const marks = svg(
			dynamicsOption(
				{
					area: 'Математика',
					first: '1 четверть',
					last: 'Год',
					groups: ['5А'],
					start: [3.4],
					end: [3.75],
					startPct: [46.7],
					endPct: [58.3],
					marks: true,
					paired: [25]
				},
				t,
				'ru'
			)
		);
		expect(marks).toContain('>2,5<');
		expect(marks).not.toContain('>2.5<');
	});

	it('deficit heatmap marks deficits; the profile orders the weakest first', () => {
		const matrix = deficitHeatmapOption(
			{
				teachers: ['Иванова А.А.'],
				competencies: ['ИКТ', 'Речь'],
				score: [[0.25, 0.9]],
				deficit: [[true, false]]
			},
			t,
			'ru'
		);
		expect(description(matrix)).toContain('Иванова А.А.: ИКТ');
		expect(svg(matrix)).toContain('25!');
		const profile = profileOption({ competency: ['Речь', 'ИКТ'], meanScore: [0.8, 0.4] }, t, 'ru');
		expect(description(profile)).toBe('Коллективный профиль: средняя самооценка. ИКТ: 40; Речь: 80');
	});

	it('linkage matrix and scatter carry the effect, the verdict and every group', () => {
		const matrix = linkageMatrixOption(
			[speech, { ...speech, area: 'Физическое развитие', verdict: 'not_linked', effect: 0.02 }],
			t,
			'ru'
		);
		expect(description(matrix)).toContain('Развитие речи детей × Речевое развитие: −15 (связь выявлена)');
		expect(description(matrix)).toContain('(связь не выявлена)');
		const scatter = linkageScatterOption(speech, t, 'ru');
		expect(description(scatter)).toContain('Колокольчик: 0 %, 20 (n = 4*)');
		expect(svg(scatter)).toContain('Ромашка');
	});

	it('timeline and teacher profile', () => {
		const timeline = timelineOption(
			{ title: ['Семинар', 'Вебинар'], month: ['2025-10', '2026-01'], competency: ['ИКТ', '—'] },
			t,
			'ru'
		);
		expect(description(timeline)).toMatch(/окт\. 2025 г\.: Семинар; янв\. 2026 г\.: Вебинар$/);
		// The months with no event are on the axis too, each named; an untargeted event is said in words.
		expect((timeline.xAxis as { data: string[] }).data).toHaveLength(4);
		expect(svg(timeline)).toContain('дек. 2025 г.');
		expect((timeline.series as { name: string }[]).map((s) => s.name)).toEqual([
			'ИКТ',
			'не связано с дефицитом'
		]);
		const card = teacherProfileOption(
			{
				name: 'Иванова Анна',
				areas: null,
				deficits: {
					competency: ['ИКТ'],
					own: [0.25],
					collective: [0.6],
					prevalence: [0.4],
					isDeficit: [true]
				},
				groups: { group: [], n: [], mean: [], low: [] },
				events: { title: [], date: [] },
				missed: { title: [], competency: [], date: [] }
			},
			t,
			'ru'
		);
		expect(description(card)).toBe('Самооценка: Иванова Анна. ИКТ: 25 / 60');
	});
});

describe('what every chart says of itself', () => {
	const heat = {
		period: 'Май 2026',
		groups: ['Старшая «Радуга»'],
		areas: ['Речевое развитие'],
		mean: [[0.5]],
		n: [[24]]
	};

	it('a subtitle inside the image names the period, group, area, n and the filters it does not follow', () => {
		const sub = scopeLine(
			{
				period: 'Май 2026',
				group: 'Старшая «Радуга»',
				area: 'Речевое развитие',
				children: 24,
				ignored: ['teacher']
			},
			t
		);
		const drawn = svg(outcomesHeatmapOption(heat, t, 'ru', false, sub));
		for (const words of [
			'период: май 2026',
			'группа: Старшая «Радуга»',
			'область: Речевое развитие',
			'детей: 24',
			'фильтр «Педагог» здесь не применяется'
		])
			expect(drawn.replace(/&laquo;|&#171;/g, '«').replace(/&raquo;|&#187;/g, '»')).toContain(words);
		expect(scopeLine({ group: '', area: '' }, t)).toBe('все группы · все области');
	});

	it('the outcomes heatmap is sequential, with n beside each group', () => {
		const option = outcomesHeatmapOption(heat, t, 'ru') as {
			visualMap: { inRange: { color: string[] } };
			yAxis: { data: string[] };
		};
		expect(option.visualMap.inRange.color).toEqual(SEQUENTIAL);
		expect(option.yAxis.data[0]).toBe('Старшая «Радуга» (n\u00a0=\u00a024)');
	});

	it('the events legend is never paged: every competency is drawn, no «1/2»', () => {
		const competency = [
			'Применение ИКТ в образовательном процессе',
			'Здоровьесберегающие технологии',
			'Развитие речи детей',
			'Организация игровой деятельности',
			'Взаимодействие с семьями воспитанников',
			'Познавательно-исследовательская деятельность',
			'Художественно-эстетическое воспитание',
			'—'
		];
		const option = timelineOption(
			{ title: competency.map((_, i) => `Семинар ${i}`), month: competency.map(() => '2025-10'), competency },
			t,
			'ru'
		);
		expect((option.legend as { type: string }).type).toBe('plain');
		const drawn = svg(option);
		for (const c of competency) expect(drawn).toContain(c === '—' ? 'не связано с дефицитом' : c);
		expect(drawn).not.toMatch(/>\d+\/\d+</);
	});
});

describe('the outcomes heatmap colour range', () => {
	it('is the smallest range in tens that holds the figures, within 0–100', async () => {
		const { tensAround } = await import('./outcomes-views');
		expect(tensAround([47, 83, NaN])).toEqual({ min: 40, max: 90 });
		expect(tensAround([100])).toEqual({ min: 90, max: 100 });
		expect(tensAround([60, 60])).toEqual({ min: 60, max: 70 });
		expect(tensAround([])).toEqual({ min: 0, max: 100 });
	});
});
