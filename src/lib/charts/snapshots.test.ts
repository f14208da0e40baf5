import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../analysis';
import { deficitMatrix, deficitPrevalence, deficitTrends } from '../analysis/deficits';
import { outcomesByAreaPeriod } from '../analysis/outcomes';
import { dynamics, levels, outcomesHeatmap, teacherCard, timeline } from '../analysis/views';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator, type Locale } from '../i18n';
import { loadAll, sourceFromBytes } from '../ingest';
import { deficitPrevalenceOption } from './deficit-prevalence';
import { deficitHeatmapOption, profileOption } from './deficit-views';
import { linkageMatrixOption, linkageScatterOption } from './linkage-views';
import { outcomesByAreaOption } from './outcomes-by-area';
import { dynamicsOption, levelsOption, outcomesHeatmapOption } from './outcomes-views';
import { timelineOption } from './plan-views';
import { renderSvg } from './render-svg';
import { teacherProfileOption } from './teacher-views';

/**
 * Every chart of the page on the sample year, in Russian and English, drawn as SVG and compared with the
 * file committed in `snapshots/` (issue 16.8, plot-style). A difference writes `NAME-changed.svg` beside
 * it to look at; if the change is meant, copy it over the snapshot. `UPDATE_SNAPSHOTS=1` writes them all.
 */
const DIR = new URL('snapshots/', import.meta.url);
const SAMPLES = new URL('../../../data-samples/', import.meta.url);
const update = process.env.UPDATE_SNAPSHOTS === '1';

let engine: Engine;
let charts: (locale: Locale) => Promise<Record<string, ReturnType<typeof outcomesByAreaOption>>>;
beforeAll(async () => {
	engine = await createNodeEngine();
	const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.csv'));
	await loadAll(
		engine,
		files.map((f) => sourceFromBytes(f, readFileSync(new URL(f, SAMPLES))))
	);
	const key = String((await engine.query(`SELECT min(teacher_key) AS k FROM deficits`)).get(0)?.k);
	charts = async (locale) => {
		const t = translator(locale);
		const analysis = await analyzeAll(engine, t, locale);
		const speech = analysis.linkage.find((l) => l.verdict === 'linked') ?? analysis.linkage[0];
		return {
			'outcomes-by-area': outcomesByAreaOption(await outcomesByAreaPeriod(engine, {}), t, locale),
			'outcomes-heatmap': outcomesHeatmapOption(await outcomesHeatmap(engine, ''), t, locale, false),
			levels: levelsOption(await levels(engine, '', ''), t, locale),
			dynamics: dynamicsOption(await dynamics(engine, ''), t, locale),
			'deficit-prevalence': deficitPrevalenceOption(await deficitPrevalence(engine, {}), t, locale),
			profile: profileOption(await deficitTrends(engine, {}), t, locale),
			'deficit-matrix': deficitHeatmapOption(await deficitMatrix(engine, {}), t, locale),
			'linkage-matrix': linkageMatrixOption(analysis.linkage, t, locale),
			'linkage-scatter': linkageScatterOption(speech, t, locale),
			timeline: timelineOption(await timeline(engine), t, locale),
			'teacher-profile': teacherProfileOption(await teacherCard(engine, key), t, locale)
		};
	};
}, 60_000);
afterAll(() => engine.close());

describe('chart snapshots', () => {
	for (const locale of ['ru', 'en'] as const)
		it(`every chart of the sample year in ${locale} is drawn as committed`, async () => {
			const changed: string[] = [];
			for (const [name, option] of Object.entries(await charts(locale))) {
				const svg = renderSvg(option);
				const file = new URL(`${name}.${locale}.svg`, DIR);
				const fresh = new URL(`${name}.${locale}-changed.svg`, DIR);
				if (update || !existsSync(file)) writeFileSync(file, svg);
				else if (readFileSync(file, 'utf8') !== svg) {
					writeFileSync(fresh, svg);
					changed.push(`${name}.${locale}`);
				}
				expect(svg).toContain('<svg');
			}
			expect(changed, 'charts drawn differently from snapshots/ (see the -changed.svg files)').toEqual([]);
		});
});
