import type { EChartsOption } from 'echarts';
import { findings, findingsByTopic, inReadingOrder } from '$lib/analysis/findings';
import { deficitPrevalenceOption } from '$lib/charts/deficit-prevalence';
import { linkageMatrixOption, linkageMatrixTitle, linkageScatterOption } from '$lib/charts/linkage-views';
import { outcomesByAreaOption } from '$lib/charts/outcomes-by-area';
import { scopeLine } from '$lib/charts/scope';
import { withSourceLine } from '$lib/charts/source-line';
import { DECK_PIXEL_RATIO } from '$lib/export/chart-image';
import { writeDeck, type DeckContent } from '$lib/export/pptx';
import { coverageTable, prioritiesTable, type PlainTable } from '$lib/export/tables';
import { formatDate, formatNumber, type Locale, type Translate } from '$lib/i18n';
import { inMode } from '$lib/i18n/mode';
import { dataMode } from '$lib/state/mode.svelte';
import type { Session } from '$lib/state/session.svelte';
import { privacy } from '$lib/state/privacy.svelte';
import { dataUrlOf, loadECharts, renderPng } from './echarts';

// Slide charts are drawn at 16:9-friendly proportions, then scaled onto the slide.
const CHART_W = 1200;
const CHART_H = 560;

const WEAK = '#B3261E';

/**
 * The weakest area stands out on the slide: its label bold and red, its bars outlined, so the council
 * sees at once what the first finding speaks of.
 */
export function highlightCategory(option: EChartsOption, index: number): EChartsOption {
	if (index < 0) return option;
	const axis = option.xAxis as { axisLabel?: Record<string, unknown> } & Record<string, unknown>;
	const series = (option.series as { data?: unknown[] }[]).map((s) => ({
		...s,
		data: s.data?.map((v, i) =>
			i === index ? { value: v, itemStyle: { borderColor: WEAK, borderWidth: 3 } } : v
		)
	}));
	return {
		...option,
		xAxis: {
			...axis,
			axisLabel: {
				...axis.axisLabel,
				formatter: (value: string, i: number) => (i === index ? `{weak|${value}}` : value),
				rich: { weak: { color: WEAK, fontWeight: 'bold', fontSize: 12, lineHeight: 14 } }
			}
		},
		series
	} as EChartsOption;
}

/** The council's deck from what the session shows: title, findings, key charts with their findings, tables. */
export async function buildDeck(
	session: Session,
	t: Translate,
	locale: Locale,
	source: string
): Promise<Blob> {
	await loadECharts();
	const analysis = session.results.analysis;
	const topics = analysis
		? findingsByTopic(analysis.inputs, t, locale)
		: { outcomes: [], deficits: [], linkage: [], coverage: [], priorities: [] };
	const charts: DeckContent['charts'] = [];
	// Each chart is drawn in a task of its own and encoded off the main thread: four drawn and encoded in one
	// task froze the page for a quarter of a second.
	const drawings: (() => Promise<void>)[] = [];
	const add = (title: string, option: EChartsOption, caption: string[]) =>
		drawings.push(async () => {
			const framed = withSourceLine(option, source, CHART_W);
			const height = CHART_H + framed.extraHeight;
			const image = await dataUrlOf(await renderPng(framed.option, CHART_W, height, DECK_PIXEL_RATIO));
			charts.push({ title, image, width: CHART_W, height, caption: caption.join(' ') });
		});
	// The outcomes slide in a school's words when the data are marks.
	const words = inMode(t, dataMode.resolve(analysis?.mode));
	if (session.results.outcomes) {
		const weak = analysis?.inputs.weakest?.area;
		add(
			words('chart.outcomes.title'),
			highlightCategory(
				outcomesByAreaOption(
					session.results.outcomes,
					words,
					locale,
					scopeLine({ period: '', group: '', area: '', children: session.results.outcomes.children }, words)
				),
				session.results.outcomes.areas.indexOf(weak ?? '')
			),
			topics.outcomes
		);
	}
	if (session.results.prevalence)
		add(
			t('chart.prevalence.title'),
			deficitPrevalenceOption(
				session.results.prevalence,
				t,
				locale,
				scopeLine(
					{ group: '', area: '', teachers: Math.max(0, ...session.results.prevalence.respondents) },
					t
				)
			),
			topics.deficits
		);
	const linkage = inReadingOrder(analysis?.inputs.linkage ?? []);
	if (linkage.length) {
		add(
			linkageMatrixTitle(linkage, words),
			linkageMatrixOption(
				linkage,
				words,
				locale,
				scopeLine({ area: '', groups: Math.max(0, ...linkage.map((r) => r.n_groups)) }, words)
			),
			[words('linkage.caution')]
		);
		// The pair the first linkage finding speaks of, drawn group by group with that finding under it.
		const top = linkage[0];
		add(
			words('chart.linkageScatter.title', { competency: top.competency, area: top.area }),
			linkageScatterOption(
				top,
				words,
				locale,
				privacy.suppressSmall,
				scopeLine(
					{
						area: top.area,
						groups: top.groups.length,
						children: top.groups.reduce((sum, g) => sum + g.children, 0)
					},
					words
				),
				// The council's slide: no group's name beside its share of educators in deficit.
				false
			),
			[...topics.linkage.slice(0, 1), words('chart.linkageScatter.unnamed')]
		);
	}
	// Numbers as the page writes them: «45,5 %», «0,11», never «45.5» or «0.114».
	const text = (table: PlainTable) => ({
		header: table.header,
		rows: table.rows.map((r) =>
			r.map((cell, i) =>
				typeof cell === 'number'
					? table.units?.[i] === '%'
						? `${formatNumber(locale, cell, 1)} %`
						: formatNumber(locale, cell, 2)
					: cell
			)
		)
	});
	const tables: DeckContent['tables'] = [];
	if (analysis?.coverage.length)
		tables.push({
			title: t('deck.coverage'),
			...text(coverageTable(analysis.coverage, t, locale)),
			// What needs the council's attention: the deficits the plan leaves uncovered or late.
			caption: topics.coverage
				.filter((_, i) => i >= analysis.coverage.length || analysis.coverage[i].status !== 'covered')
				.join(' ')
		});
	if (analysis?.priorities.length)
		tables.push({
			title: t('overview.priorities'),
			...text(prioritiesTable(analysis.priorities, words, locale)),
			caption: topics.priorities.join(' ')
		});
	for (const draw of drawings) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		await draw();
	}
	const today = formatDate(locale, new Date(), 'today');
	return writeDeck({
		title: t('report.title'),
		subtitle: t('report.subtitle', { date: today }),
		sources: source,
		findingsTitle: t('deck.findings'),
		findings: analysis ? findings(analysis.inputs, words, locale) : [],
		charts,
		tables
	});
}
