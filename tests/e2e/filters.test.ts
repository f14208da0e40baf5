import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { outcomesHeatmap } from '../../src/lib/analysis/views';
import { deficitMatrix } from '../../src/lib/analysis/deficits';
import { download, expect, goToView, settled, sharedPage, test, viewReady } from './harness';
import { samplePaths, withSamplesInNode } from './samples';

/**
 * Filters hold on every chart (issue 12.1): with a group, an area and a period chosen, every chart of
 * «Результаты детей» changes and its subtitle names them; the teacher filter narrows «Дефициты».
 */
const GROUP = 'Старшая «Радуга»';
const AREA = 'Речевое развитие';
const PERIOD = 'Сентябрь 2025';
const TEACHER = 'кузнецова елена петровна';
const OUTCOME_CHARTS = ['outcomes-by-area', 'outcomes-heatmap', 'levels', 'dynamics'];
let heat: Awaited<ReturnType<typeof outcomesHeatmap>>;
let matrix: Awaited<ReturnType<typeof deficitMatrix>>;

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

test.describe.serial('filters on every chart', () => {
	test.beforeAll(() =>
		withSamplesInNode(async (engine) => {
			heat = await outcomesHeatmap(engine, PERIOD, { group: GROUP, area: AREA });
			matrix = await deficitMatrix(engine, { teacher: TEACHER });
		})
	);
	const shared = sharedPage(async (page) => {
		await page.setInputFiles('#file-input', samplePaths);
		await settled(page);
	});
	const choose = async (name: string, value: string) => {
		await shared.page.locator(`form.filters select[name="${name}"]`).selectOption(value);
		await shared.page.waitForURL((u) => u.searchParams.get(name) === value);
	};

	test('«Результаты детей»: group, area and period change every chart, and each subtitle names them', async () => {
		const { page } = shared;
		await goToView(page, 'Результаты детей');
		await viewReady(page);
		const before = await labels(page);
		expect(Object.keys(before).sort()).toEqual([...OUTCOME_CHARTS].sort());
		await expect(page.locator('label[data-idle]')).toHaveText(/Педагог.*не применяется в этом разделе/s);

		await choose('group', GROUP);
		await choose('area', AREA);
		await choose('period', PERIOD);
		// The fact to wait for: the view answers these filters (data-ready) and its charts say so.
		await expect(page.locator('[data-chart="levels"] .chart')).toHaveAttribute(
			'aria-label',
			new RegExp(`группа: ${GROUP}`)
		);
		await viewReady(page);
		const after = await labels(page);
		for (const id of OUTCOME_CHARTS) {
			expect(after[id], `${id} did not change`).not.toBe(before[id]);
			expect(after[id], `${id}: ${after[id]}`).toContain(`группа: ${GROUP}`);
			expect(after[id], `${id}: ${after[id]}`).toContain(`область: ${AREA}`);
		}
		for (const id of ['outcomes-by-area', 'outcomes-heatmap', 'levels'])
			expect(after[id], `${id}: ${after[id]}`).toContain(`период: ${PERIOD.toLowerCase()}`);
		// The dynamics run from the first period to the last: it says the period filter does not apply.
		expect(after.dynamics).toContain('фильтр «Период» здесь не применяется');
		// One group, one area: the heatmap is one cell, with the mean the Node engine computes.
		expect([heat.groups, heat.areas]).toEqual([[GROUP], [AREA]]);
		expect(after['outcomes-heatmap']).toContain(`${GROUP}: ${AREA} — ${Math.round(100 * heat.mean[0][0])}`);
		expect(after['outcomes-heatmap']).toContain(`детей: ${heat.n[0][0]}`);

		// The exported image carries the same subtitle: a slide cannot mislead about what it shows.
		const image = await download(page, () =>
			page.locator('[data-chart="outcomes-heatmap"] [data-export="svg"]').click()
		);
		const svg = readFileSync(await image.path(), 'utf8');
		expect(svg, 'the SVG names the group').toContain(`группа: ${GROUP}`);
		expect(svg, 'the SVG names the period').toContain(`период: ${PERIOD.toLowerCase()}`);
	});

	test('«Дефициты»: the teacher filter narrows the matrix; the collective charts say it does not apply', async () => {
		const { page } = shared;
		await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
		await page.waitForURL((u) => !u.search.includes('group='));
		await goToView(page, 'Дефициты');
		await viewReady(page);
		const before = await labels(page);
		await choose('teacher', TEACHER);
		await expect(page.locator('[data-chart="deficit-matrix"] .chart')).toHaveAttribute(
			'aria-label',
			/педагог: Кузнецова/
		);
		await viewReady(page);
		const after = await labels(page);
		expect(matrix.teachers).toEqual(['Кузнецова Елена Петровна']);
		expect(after['deficit-matrix']).not.toBe(before['deficit-matrix']);
		expect(after['deficit-matrix']).toContain('педагогов: 1');
		expect(after['deficit-matrix']).not.toMatch(/Иванова Анна Андреевна/);
		for (const id of ['deficit-prevalence', 'profile'])
			expect(after[id], `${id}: ${after[id]}`).toContain('фильтр «Педагог» здесь не применяется');
	});

	test('filters changed quickly one after another: the last one wins on every chart', async () => {
		const { page } = shared;
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
		for (const id of OUTCOME_CHARTS) expect(shown[id], `${id}: ${shown[id]}`).toContain(`группа: ${last}`);
		expect(shown['outcomes-heatmap']).toMatch(new RegExp(`\\. ${last.replace(/[«»]/g, '.')}: `));
	});

	test('each export button and figure is named after its chart', async () => {
		const { page } = shared;
		await goToView(page, 'Дефициты');
		await viewReady(page);
		const title = 'Профессиональные дефициты педагогов';
		await expect(page.getByRole('button', { name: `Скачать PNG: ${title}` })).toHaveCount(1);
		await expect(page.getByRole('button', { name: `SVG: ${title}` })).toHaveCount(1);
		await expect(page.getByRole('figure', { name: title })).toHaveCount(1);
		await goToView(page, 'План и соответствие');
		await viewReady(page);
		await expect(
			page.getByRole('button', { name: 'CSV: Соответствие плана выявленным дефицитам' })
		).toHaveCount(1);
	});
});
