import type { EChartsOption } from 'echarts';
import { renderSvg } from './render-svg';
import { describe, expect, it } from 'vitest';
import type { LinkageResult } from '../analysis/linkage';
import { translator } from '../i18n';
import { profileOption } from './deficit-views';
import { linkageScatterOption } from './linkage-views';
import { collisions, textBoxes } from './text-boxes';

const t = translator('ru');
const svg = (option: EChartsOption, width = 640, height = 420) => renderSvg(option, width, height);

// Ten groups as a kindergarten has them: exposure is 0, ½ or 1 (two educators each), outcomes close.
const NAMES = [
	'Младшая «Ягодка»',
	'Младшая «Капелька»',
	'Средняя «Солнышко»',
	'Средняя «Пчёлка»',
	'Старшая «Радуга»',
	'Старшая «Теремок»',
	'Старшая «Звёздочка»',
	'Подготовительная «Знайки»',
	'Подготовительная «Почемучки»',
	'Разновозрастная «Семицветик»'
];
const EXPOSURE = [1, 1, 0.5, 0, 1, 0.5, 0, 1, 0, 0];
const OUTCOME = [0.05, 0.06, 0.1, 0.14, 0.07, 0.09, 0.15, 0.06, 0.16, 0.15];
const pair: LinkageResult = {
	competency: 'Развитие речи детей',
	area: 'Речевое развитие',
	measure: 'growth',
	groups: NAMES.map((group, i) => ({
		group,
		band: 'старшая',
		exposure: EXPOSURE[i],
		exposed: EXPOSURE[i] >= 0.5,
		source: 'own' as const,
		outcome: OUTCOME[i],
		start: 0.4,
		children: 18 + i,
		small: false
	})),
	n_groups: 10,
	n_exposed: 6,
	n_compared: 10,
	effect: -0.08,
	ci_low: -0.12,
	ci_high: -0.04,
	rho: -0.8,
	p: 0.01,
	p_min: 0.001,
	q: 0.02,
	mdd: 0.05,
	method: 'exact',
	splits: 100,
	adjusted: true,
	start_slope: null,
	balance: {
		bands: [],
		start_exposed: 0.4,
		start_unexposed: 0.4,
		children_exposed: 100,
		children_unexposed: 100,
		small_groups: []
	},
	verdict: 'linked',
	reason: null
};

describe('no two texts of a chart overlap', () => {
	it('the scatter moves apart the names of groups that stand close, and every name stays', () => {
		for (const width of [560, 900]) {
			const drawn = svg(linkageScatterOption(pair, t, 'ru', false, 'группы: 10 · детей: 225'), width, 420);
			const boxes = textBoxes(drawn);
			expect(collisions(boxes), `width ${width}`).toEqual([]);
			for (const name of NAMES) expect(drawn, name).toContain(name.replace(/«|»/g, (q) => q));
		}
	});

	it('for the council the points name no group, nor its n (the heatmap prints it beside the name), and say why', () => {
		const option = linkageScatterOption(pair, t, 'ru', false, 'группы: 10 · детей: 225', false);
		const drawn = svg(option, 460, 420);
		const said = `${drawn} ${(option as { aria: { label: { description: string } } }).aria.label.description}`;
		for (const name of NAMES) expect(said, name).not.toContain(name);
		for (const g of pair.groups) expect(said).not.toContain(`(${g.children})`);
		expect(said).not.toMatch(/n = \d/);
		expect(said).toContain('детей: 225');
		expect(said).toContain('Группы не подписаны');
	});

	it("«порог дефицита» meets neither the bars' figures, the axis nor the title", () => {
		const profile = profileOption(
			{
				competency: ['Развитие речи детей', 'Применение ИКТ', 'Игровая деятельность', 'Работа с родителями'],
				meanScore: [0.48, 0.41, 0.52, 0.7],
				respondents: [22, 22, 21, 22]
			},
			t,
			'ru',
			'все группы · все области · педагогов: 22'
		);
		const drawn = svg(profile);
		const boxes = textBoxes(drawn);
		expect(boxes.some((b) => b.text === 'порог дефицита')).toBe(true);
		expect(collisions(boxes)).toEqual([]);
	});

	it('ten groups on one spot are moved apart; without the offsets the checker sees them collide', () => {
		const crowded = { ...pair, groups: pair.groups.map((g) => ({ ...g, exposure: 1, outcome: 0.1 })) };
		const option = linkageScatterOption(crowded, t, 'ru') as {
			series: { data: { label: { offset: number[] } }[] }[];
		};
		expect(collisions(textBoxes(svg(option as EChartsOption)))).toEqual([]);
		for (const item of option.series[0].data) item.label.offset = [0, 0];
		expect(collisions(textBoxes(svg(option as EChartsOption))).length).toBeGreaterThan(0);
	});
});

describe('heatmap columns', () => {
	it('the five ФГОС ДО areas side by side, hyphenated where long, touch no neighbour', async () => {
		const { outcomesHeatmapOption } = await import('./outcomes-views');
		const { hyphenate } = await import('./text');
		expect(hyphenate('коммуникативное', 10)).toEqual(['коммуни-', 'кативное']);
		const areas = [
			'Социально-коммуникативное развитие',
			'Познавательное развитие',
			'Речевое развитие',
			'Художественно-эстетическое развитие',
			'Физическое развитие'
		];
		const option = outcomesHeatmapOption(
			{
				period: 'Май 2026',
				groups: NAMES,
				areas,
				mean: NAMES.map(() => areas.map(() => 0.6)),
				n: NAMES.map(() => areas.map(() => 20))
			},
			t,
			'ru',
			false,
			'период: Май 2026 · все группы · все области · детей: 210'
		);
		expect(collisions(textBoxes(svg(option, 640, 460)))).toEqual([]);

		// Two abreast on a printed page (460 px) the columns are too narrow for «Социально-»: the abbreviations
		// head them, the subtitle says what they stand for, and nothing touches; on screen the names stay.
		const { fitToWidth } = await import('./fit-title');
		const printed = fitToWidth(option, 460) as { xAxis: { data: string[] }; title: { subtext: string } };
		expect(printed.xAxis.data).toEqual(['СКР', 'ПР', 'РР', 'ХЭР', 'ФР']);
		const key = printed.title.subtext.replace(/\n/g, ' ');
		for (const item of [
			'СКР — социально-коммуникативное развитие',
			'ХЭР — художественно-эстетическое развитие'
		])
			expect(key).toContain(item);
		expect(collisions(textBoxes(svg(printed as EChartsOption, 460, 460)))).toEqual([]);
		const screen = fitToWidth(option, 650) as { xAxis: { data: string[] } };
		expect(screen.xAxis.data.map((l) => l.replace(/-?\n/g, ''))).toEqual(
			areas.map((a) => a.replace(/ /g, '').replace('-', ''))
		);
	});
});
