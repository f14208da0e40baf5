import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { outcomesHeatmap } from '../../src/lib/analysis/views';
import { deficitMatrix } from '../../src/lib/analysis/deficits';
import { goToView, newContext, openApp, settled, useBuiltApp, viewReady } from './browser';
import { samplePaths, withSamplesInNode } from './samples';

/**
 * Filters hold on every chart (issue 12.1): with a group, an area and a period chosen, every chart of
 * «Результаты детей» changes and its subtitle names them; the teacher filter narrows «Дефициты».
 */
const app = useBuiltApp();
let page: Page;
const GROUP = 'Старшая «Радуга»';
const AREA = 'Речевое развитие';
const PERIOD = 'Сентябрь 2025';
const TEACHER = 'кузнецова елена петровна';
const OUTCOME_CHARTS = ['outcomes-by-area', 'outcomes-heatmap', 'levels', 'dynamics'];
let heat: Awaited<ReturnType<typeof outcomesHeatmap>>;
let matrix: Awaited<ReturnType<typeof deficitMatrix>>;

before(async () => {
	await withSamplesInNode(async (engine) => {
		heat = await outcomesHeatmap(engine, PERIOD, { group: GROUP, area: AREA });
		matrix = await deficitMatrix(engine, { teacher: TEACHER });
	});
	await app.ready();
	page = await (await newContext(app.browser)).newPage();
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', samplePaths);
	await settled(page);
});

/** Every chart's description (title, subtitle, numbers), as a screen reader and this test read it. */
const labels = (p: Page) =>
	p.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll<HTMLElement>('main [data-chart]')].map((f) => [
				f.dataset.chart!,
				f.querySelector('.chart')?.getAttribute('aria-label') ?? ''
			])
		)
	);
const choose = async (name: string, value: string) => {
	await page.locator(`form.filters select[name="${name}"]`).selectOption(value);
	await page.waitForURL((u) => u.searchParams.get(name) === value);
};

describe('filters on every chart', () => {
	test('«Результаты детей»: group, area and period change every chart, and each subtitle names them', async () => {
		await goToView(page, 'Результаты детей');
		await viewReady(page);
		const before = await labels(page);
		assert.deepEqual(Object.keys(before).sort(), [...OUTCOME_CHARTS].sort());
		assert.match(
			(await page.locator('label[data-idle]').textContent()) ?? '',
			/Педагог.*не применяется в этом разделе/s
		);

		await choose('group', GROUP);
		await choose('area', AREA);
		await choose('period', PERIOD);
		// The fact to wait for: the view answers these filters (data-ready) and its charts say so.
		await page.waitForFunction(
			(group) =>
				document.querySelector('[data-chart="levels"] .chart')?.getAttribute('aria-label')?.includes(group),
			`группа: ${GROUP}`,
			{ timeout: 30_000 }
		);
		await viewReady(page);
		const after = await labels(page);
		for (const id of OUTCOME_CHARTS) {
			assert.notEqual(after[id], before[id], `${id} did not change`);
			assert.ok(after[id].includes(`группа: ${GROUP}`), `${id}: ${after[id]}`);
			assert.ok(after[id].includes(`область: ${AREA}`), `${id}: ${after[id]}`);
		}
		for (const id of ['outcomes-by-area', 'outcomes-heatmap', 'levels'])
			assert.ok(after[id].includes(`период: ${PERIOD}`), `${id}: ${after[id]}`);
		// The dynamics run from the first period to the last: it says the period filter does not apply.
		assert.ok(after.dynamics.includes('фильтр «Период» здесь не применяется'), after.dynamics);
		// One group, one area: the heatmap is one cell, with the mean the Node engine computes.
		assert.deepEqual([heat.groups, heat.areas], [[GROUP], [AREA]]);
		assert.ok(
			after['outcomes-heatmap'].includes(`${GROUP}: ${AREA} — ${Math.round(100 * heat.mean[0][0])}`),
			after['outcomes-heatmap']
		);
		assert.ok(after['outcomes-heatmap'].includes(`детей: ${heat.n[0][0]}`), after['outcomes-heatmap']);

		// The exported image carries the same subtitle: a slide cannot mislead about what it shows.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-chart="outcomes-heatmap"] [data-export="svg"]').click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		assert.ok(svg.includes(`группа: ${GROUP}`), 'the SVG names the group');
		assert.ok(svg.includes(`период: ${PERIOD}`), 'the SVG names the period');
	});

	test('«Дефициты»: the teacher filter narrows the matrix; the collective charts say it does not apply', async () => {
		await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
		await page.waitForURL((u) => !u.search.includes('group='));
		await goToView(page, 'Дефициты');
		await viewReady(page);
		const before = await labels(page);
		await choose('teacher', TEACHER);
		await page.waitForFunction(
			() =>
				document
					.querySelector('[data-chart="deficit-matrix"] .chart')
					?.getAttribute('aria-label')
					?.includes('педагог: Кузнецова'),
			undefined,
			{ timeout: 30_000 }
		);
		await viewReady(page);
		const after = await labels(page);
		assert.deepEqual(matrix.teachers, ['Кузнецова Елена Петровна']);
		assert.notEqual(after['deficit-matrix'], before['deficit-matrix']);
		assert.ok(after['deficit-matrix'].includes('педагогов: 1'), after['deficit-matrix']);
		assert.doesNotMatch(after['deficit-matrix'], /Иванова Анна Андреевна/);
		for (const id of ['deficit-prevalence', 'profile'])
			assert.ok(after[id].includes('фильтр «Педагог» здесь не применяется'), `${id}: ${after[id]}`);
	});

	test('filters changed quickly one after another: the last one wins on every chart', async () => {
		await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
		await page.waitForURL((u) => !u.search.includes('teacher='));
		await goToView(page, 'Результаты детей');
		const groups = await page.locator('form.filters select[name="group"] option').allTextContents();
		const last = groups.at(-1)!;
		// No waiting between the choices: older queries may still be running when the newer ones start.
		for (const g of groups.slice(1)) await page.locator('form.filters select[name="group"]').selectOption(g);
		await page.waitForURL((u) => u.searchParams.get('group') === last);
		await viewReady(page);
		const shown = await labels(page);
		for (const id of OUTCOME_CHARTS) assert.ok(shown[id].includes(`группа: ${last}`), `${id}: ${shown[id]}`);
		assert.match(shown['outcomes-heatmap'], new RegExp(`\\. ${last.replace(/[«»]/g, '.')}: `));
	});

	test('each export button and figure is named after its chart', async () => {
		await goToView(page, 'Дефициты');
		await viewReady(page);
		const title = 'Профессиональные дефициты педагогов';
		assert.equal(await page.getByRole('button', { name: `Скачать PNG: ${title}` }).count(), 1);
		assert.equal(await page.getByRole('button', { name: `SVG: ${title}` }).count(), 1);
		assert.equal(await page.getByRole('figure', { name: title }).count(), 1);
		await goToView(page, 'План и соответствие');
		await viewReady(page);
		assert.equal(
			await page.getByRole('button', { name: 'CSV: Соответствие плана выявленным дефицитам' }).count(),
			1
		);
	});
});
