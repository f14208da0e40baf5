import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { download, expect, fileCounts, goToView, settled, test } from './harness';
import { PNG_PIXEL_RATIO } from '../../src/lib/export/chart-image';

const SAMPLES = new URL('../../data-samples/', import.meta.url);
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

async function checkFileCounts(page: Page) {
	await settled(page);
	await goToView(page, 'Данные и качество');
	for (const name of sampleFiles) {
		const counts = await fileCounts(page, name);
		expect(counts.kind, `${name}: kind`).toBe(EXPECTED_KIND[name]);
		expect(counts.in, `${name}: rows in`).toBe(dataRows(name));
		expect(counts.rejected, `${name}: rejected`).toBe(EXPECTED_REJECTED[name]);
		expect(counts.loaded + counts.rejected, `${name}: every row loaded or rejected`).toBe(counts.in);
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
		await goToView(page, view);
		await expect(page.locator(`[data-chart="${id}"] .chart`)).toHaveAttribute('data-echarts-ready', 'true');
		expect(await inkedPixels(page, id), `${id} is drawn`).toBeGreaterThan(5000);
	}
}

test.describe('walking skeleton in Chromium', () => {
	test('uploads the sample year through the file input, shows counts and charts, exports a PNG, stays on its origin', async ({
		app: page,
		foreign,
		errors
	}) => {
		await page.setInputFiles(
			'#file-input',
			sampleFiles.map((n) => new URL(n, SAMPLES).pathname)
		);
		await checkFileCounts(page);
		await checkCharts(page);
		await goToView(page, 'Результаты детей');
		const chart = page.locator('[data-chart="outcomes-by-area"] .chart');
		await expect(chart).toHaveAttribute('data-echarts-ready', 'true');
		const box = (await chart.boundingBox())!;
		const png = await download(page, () =>
			page.locator('[data-chart="outcomes-by-area"] [data-export="png"]').click()
		);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		const bytes = readFileSync(await png.path());
		expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
		]);
		// Exported at 2× for slides and reports: the chart's width on screen times the ratio (within a pixel)…
		const scaled = (px: number) => Math.round(px) * PNG_PIXEL_RATIO;
		expect(Math.abs(bytes.readUInt32BE(16) - scaled(box.width))).toBeLessThanOrEqual(1);
		// …and a little taller: the source line sits below the chart.
		const height = bytes.readUInt32BE(20);
		expect(height).toBeGreaterThan(scaled(box.height));
		expect(height).toBeLessThan(scaled(box.height) + 200);

		// SVG: the same chart as vector text, with its title and where its numbers come from.
		const svgDownload = await download(page, () =>
			page.locator('[data-chart="outcomes-by-area"] [data-export="svg"]').click()
		);
		expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
		const svg = readFileSync(await svgDownload.path(), 'utf8');
		expect(svg).toMatch(/^<svg[^>]+width="(\d+)"/);
		expect(Number(/width="(\d+)"/.exec(svg)![1])).toBe(Math.round(box.width));
		expect(svg, 'title inside the SVG').toContain('Результаты детей по образовательным областям');
		expect(svg, 'legend inside the SVG').toContain('Май 2026');
		// The source line wraps to the chart's width; read its words across the lines.
		const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(words).toMatch(/Источник: monitoring-2025-2026\.csv, .*Сверка, \d+ ноября 2026/);

		expect(foreign, 'no request leaves the page origin').toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the charts are warmed up, a piece per idle task, to the end without an error', async ({
		app: page,
		errors
	}) => {
		// Each step of the warm-up waits for the page to be idle; the mark is set when the last has drawn.
		await page.waitForFunction(() => performance.getEntriesByName('sverka:charts-warm').length === 1, null, {
			timeout: 30_000
		});
		expect(errors).toEqual([]);
	});

	test('«Открыть пример» loads the same sample year from the page itself', async ({ app: page, foreign }) => {
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await checkFileCounts(page);
		await checkCharts(page);
		await expect(page.locator('h1')).toHaveText(/Сверка/);
		expect(foreign).toEqual([]);
	});
});
