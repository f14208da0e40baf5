import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useBuiltApp, newContext, openApp, watchForeignRequests } from './browser';

const SAMPLES = new URL('../../data-samples/', import.meta.url);
const RESULTS = new URL('../../test-results/', import.meta.url);
const sampleFiles = readdirSync(SAMPLES)
	.filter((n) => n.endsWith('.csv'))
	.sort();

/** Records in a sample file, counted apart from the app: non-empty lines after the header. */
function dataRows(name: string): number {
	const text = new TextDecoder('latin1').decode(readFileSync(new URL(name, SAMPLES)));
	return text.split(/\r?\n/).filter((line) => line !== '').length - 1;
}
const EXPECTED_REJECTED: Record<string, number> = {
	'monitoring-2025-2026.csv': 2, // a blank row and the «Итого по ДОУ» row
	'survey-deficits-google-forms.csv': 1, // the earlier of a repeated submission
	'plan-methodical-work-2025-2026.csv': 0,
	'staff-roster.csv': 0
};
const EXPECTED_KIND: Record<string, string> = {
	'monitoring-2025-2026.csv': 'outcomes',
	'survey-deficits-google-forms.csv': 'survey',
	'plan-methodical-work-2025-2026.csv': 'plan',
	'staff-roster.csv': 'roster'
};

const app = useBuiltApp();

before(() => mkdirSync(RESULTS, { recursive: true }));

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

async function checkFileCounts(page: Page) {
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]', { timeout: 60_000 });
	await page.getByRole('navigation').getByRole('link', { name: 'Данные и качество' }).click();
	for (const name of sampleFiles) {
		const row = page.locator(`tr[data-file="${name}"]`);
		assert.equal(await row.getAttribute('data-kind'), EXPECTED_KIND[name], `${name}: kind`);
		const rowsIn = digits(await row.locator('[data-count="in"]').textContent());
		const loaded = digits(await row.locator('[data-count="loaded"]').textContent());
		const rejected = digits(await row.locator('[data-count="rejected"]').textContent());
		assert.equal(rowsIn, dataRows(name), `${name}: rows in`);
		assert.equal(rejected, EXPECTED_REJECTED[name], `${name}: rejected`);
		assert.equal(loaded + rejected, rowsIn, `${name}: every row loaded or rejected`);
	}
}

/** How many of the chart's canvas pixels are not background: a drawn chart has many. */
async function inkedPixels(page: Page, chartId: string): Promise<number> {
	return page.locator(`[data-chart="${chartId}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
		const context = canvas.getContext('2d')!;
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let inked = 0;
		for (let i = 0; i < data.length; i += 4)
			if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) inked++;
		return inked;
	});
}

async function checkCharts(page: Page) {
	for (const [view, id] of [
		['Результаты детей', 'outcomes-by-area'],
		['Дефициты', 'deficit-prevalence']
	]) {
		await page.getByRole('navigation').getByRole('link', { name: view }).click();
		await page.waitForSelector(`[data-chart="${id}"] [data-echarts-ready="true"]`, { timeout: 30_000 });
		assert.ok((await inkedPixels(page, id)) > 5000, `${id} is drawn`);
	}
}

describe('walking skeleton in Chromium', () => {
	test('uploads the sample year through the file input, shows counts and charts, exports a PNG, stays on its origin', async () => {
		const context = await newContext(app.browser);
		const page = await context.newPage();
		const foreign = watchForeignRequests(page, app.origin);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));

		await openApp(page, app.origin);
		await page.setInputFiles(
			'#file-input',
			sampleFiles.map((n) => new URL(n, SAMPLES).pathname)
		);
		await checkFileCounts(page);
		await checkCharts(page);
		await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
		await page.waitForSelector('[data-chart="outcomes-by-area"] [data-echarts-ready="true"]');
		const chart = page.locator('[data-chart="outcomes-by-area"] .chart');
		const box = (await chart.boundingBox())!;
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-chart="outcomes-by-area"] [data-export="png"]').click()
		]);
		assert.match(download.suggestedFilename(), /\.png$/);
		const png = readFileSync(await download.path());
		assert.deepEqual(
			[...png.subarray(0, 8)],
			[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
			'PNG signature'
		);
		// Exported at 2× for slides: twice the chart's width on screen…
		assert.equal(png.readUInt32BE(16), Math.round(box.width) * 2);
		// …and a little taller: the source line sits below the chart.
		const height = png.readUInt32BE(20);
		assert.ok(
			height > Math.round(box.height) * 2 && height < Math.round(box.height) * 2 + 200,
			`height ${height}`
		);

		// SVG: the same chart as vector text, with its title and where its numbers come from.
		const [svgDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-chart="outcomes-by-area"] [data-export="svg"]').click()
		]);
		assert.match(svgDownload.suggestedFilename(), /\.svg$/);
		const svg = readFileSync(await svgDownload.path(), 'utf8');
		assert.match(svg, /^<svg[^>]+width="(\d+)"/);
		assert.equal(Number(/width="(\d+)"/.exec(svg)![1]), Math.round(box.width));
		assert.ok(svg.includes('Результаты детей по образовательным областям'), 'title inside the SVG');
		assert.ok(svg.includes('Май 2026'), 'legend inside the SVG');
		// The source line wraps to the chart's width; read its words across the lines.
		const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		assert.match(words, /Источник: monitoring-2025-2026\.csv, .*Сверка, \d+ ноября 2026/);

		assert.deepEqual(foreign, [], 'no request leaves the page origin');
		assert.deepEqual(errors, []);
		await context.close();
	});

	test('«Открыть пример» loads the same sample year from the page itself', async () => {
		const context = await newContext(app.browser);
		const page = await context.newPage();
		const foreign = watchForeignRequests(page, app.origin);
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await checkFileCounts(page);
		await checkCharts(page);
		assert.match((await page.locator('h1').textContent()) ?? '', /Сверка/);
		assert.deepEqual(foreign, []);
		await context.close();
	});
});
