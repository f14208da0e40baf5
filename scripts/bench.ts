/**
 * `npm run bench`: the page's speed in headless Chromium, on the built site. Prints figures, not pass/fail:
 * engine start, the sample year from click to charts, and generated outcome files of 100 000 and
 * 1 000 000 rows from the file input to the chart, with rows/s and the page's peak JS heap.
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Page } from 'playwright-core';
import { launch, newContext } from '../tests/e2e/browser';
import { largeOutcomesCsv } from './samples/sample-year';
import { serveBuild } from './serve';

const DATA = new URL('../bench-data/', import.meta.url);

async function outcomesFile(rows: number): Promise<string> {
	const path = new URL(`outcomes-${rows}.csv`, DATA).pathname;
	if (existsSync(path)) return path;
	mkdirSync(DATA, { recursive: true });
	const out = createWriteStream(path);
	for (const chunk of largeOutcomesCsv(rows)) if (!out.write(chunk)) await once(out, 'drain');
	out.end();
	await once(out, 'finish');
	return path;
}

/** Poll the page's JS heap through the DevTools protocol; returns a stop function giving the peak. */
async function watchHeap(page: Page): Promise<() => number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	let peak = 0;
	let running = true;
	const poll = async () => {
		while (running) {
			const reply = await cdp.send('Performance.getMetrics').catch(() => null);
			if (!reply) return;
			const { metrics } = reply;
			const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			peak = Math.max(peak, used);
			await new Promise((r) => setTimeout(r, 50));
		}
	};
	const polling = poll();
	return () => {
		running = false;
		void polling;
		return peak;
	};
}

/** Milliseconds from the page's `sverka:load-start` mark until every listed chart has rendered. */
async function timeToCharts(
	page: Page,
	charts: string[],
	loadsBefore: number
): Promise<{ loadMs: number; chartsMs: number }> {
	await page.waitForFunction(
		(before) =>
			performance.getEntriesByName('sverka:load-end').length > before ||
			document.querySelector('.status .error'),
		loadsBefore,
		{ timeout: 600_000, polling: 'raf' }
	);
	const error = page.locator('.status .error');
	if ((await error.count()) > 0) throw new Error((await error.textContent()) ?? 'load failed');
	for (const id of charts) {
		await page.waitForSelector(`[data-chart="${id}"] [data-echarts-ready="true"]`, { timeout: 300_000 });
	}
	return page.evaluate(() => {
		const now = performance.now();
		const start = performance.getEntriesByName('sverka:load-start').at(-1)!.startTime;
		const end = performance.getEntriesByName('sverka:load-end').at(-1)!.startTime;
		return { loadMs: end - start, chartsMs: now - start };
	});
}

const loadsSoFar = (page: Page) =>
	page.evaluate(() => performance.getEntriesByName('sverka:load-end').length);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ms = (value: number) => `${Math.round(value)} ms`;

const { server, origin } = await serveBuild();
const browser = await launch();
const lines: string[] = [];
try {
	const files = { '100 000': await outcomesFile(100_000), '1 000 000': await outcomesFile(1_000_000) };

	const context = await newContext(browser);
	const page = await context.newPage();
	const stopHeap = await watchHeap(page);
	const navigated = Date.now();
	await page.goto(origin + '/');
	await page.waitForSelector('main[data-engine="ready"]', { timeout: 120_000 });
	const engineMs = await page.evaluate(
		() => performance.getEntriesByName('sverka:engine-ready')[0].startTime
	);
	lines.push(
		`engine start (navigation → DuckDB ready): ${ms(engineMs)} (wall ${ms(Date.now() - navigated)})`
	);

	await page.getByRole('button', { name: 'Открыть пример' }).click();
	const sample = await timeToCharts(page, ['outcomes-by-area', 'deficit-prevalence'], 0);
	lines.push(
		`sample year (4 files, click → charts): ${ms(sample.chartsMs)} (load + analysis ${ms(sample.loadMs)})`
	);

	for (const [label, path] of Object.entries(files)) {
		const rows = Number(label.replace(/\s/g, ''));
		const before = await loadsSoFar(page);
		await page.setInputFiles('#file-input', path);
		const t = await timeToCharts(page, ['outcomes-by-area'], before);
		const rate = Math.round(rows / (t.loadMs / 1000));
		lines.push(
			`outcomes ${label} rows (${mb(statSync(path).size)} MB, Windows-1251): drop → charts ${ms(t.chartsMs)}, ` +
				`load ${ms(t.loadMs)}, ${rate.toLocaleString('en').replace(/,/g, ' ')} rows/s`
		);
	}
	lines.push(
		`peak JS heap of the page (main thread; DuckDB's wasm memory lives in its worker): ${mb(stopHeap())} MB`
	);
	await context.close();
} finally {
	await browser.close();
	server.close();
}
console.log(['', 'Sverka bench (headless Chromium, built site)', ...lines.map((l) => `  ${l}`)].join('\n'));
