/**
 * `npm run bench`: the page's speed in headless Chromium, on the built site. Prints figures, not pass/fail:
 * engine start, the sample year from click to charts, and generated outcome files of 100 000 and
 * 1 000 000 rows from the file input to the chart, with rows/s, DuckDB's own read_csv on the same
 * bytes, the longest main-thread block during the load and the page's peak JS heap. With `--json` the
 * lines go to stderr and stdout gets one JSON object (scripts/bench-json.ts).
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, newContext, viewReady } from '../tests/e2e/browser';
import { benchJson, jsGzipKb, jsInitialGzipKb, type LoadFigures } from './bench-json';
import { nativeReadCsvMs } from './native-read';
import { largeLongOutcomesCsv, largeOutcomesCsv } from './samples/sample-year';
import { serveBuild } from './serve';
import { timeVisits, visitsJson, visitsLines } from './visits';

const DATA = new URL('../bench-data/', import.meta.url);

async function generated(name: string, chunks: () => Generator<Uint8Array>): Promise<string> {
	const path = new URL(name, DATA).pathname;
	if (existsSync(path)) return path;
	mkdirSync(DATA, { recursive: true });
	const out = createWriteStream(path);
	for (const chunk of chunks()) if (!out.write(chunk)) await once(out, 'drain');
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
	void (async () => {
		while (running) {
			const reply = await cdp.send('Performance.getMetrics').catch(() => null);
			if (!reply) return;
			const used = reply.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
			peak = Math.max(peak, used);
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	return () => {
		running = false;
		return peak;
	};
}

interface Timing {
	/** Drop → the first listed chart drawn with the new data (the outcome figures come before the analyses). */
	chartsMs: number;
	/** Drop → every analysis done (the linkage included). */
	loadMs: number;
	readCsvMs: number;
	longestBlockMs: number;
}

/**
 * Drive one load (`start` triggers it) the way a user would: files dropped on the overview, then straight to
 * «Результаты детей». Its first chart is timed from the page's own marks: drawn after the view's query that
 * started once the new outcome figures were out, so an earlier load's chart never counts.
 */
async function timeLoad(page: Page, charts: string[], start: () => Promise<void>): Promise<Timing> {
	const before = await page.evaluate(() => {
		// Long tasks: main-thread blocks over 50 ms, the freezes a user would feel.
		const w = window as unknown as { longest: number; observer?: PerformanceObserver };
		w.longest = 0;
		w.observer?.disconnect();
		w.observer = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		});
		w.observer.observe({ type: 'longtask' });
		return performance.getEntriesByName('sverka:load-end').length;
	});
	await start();
	if (charts.length)
		await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
	await page.waitForFunction(
		(n) =>
			performance.getEntriesByName('sverka:load-end').length > n || document.querySelector('.status .error'),
		before,
		{ timeout: 600_000, polling: 'raf' }
	);
	const error = page.locator('.status .error');
	if ((await error.count()) > 0) throw new Error((await error.textContent()) ?? 'load failed');
	for (const id of charts) {
		await page.waitForSelector(`[data-chart="${id}"] [data-echarts-ready="true"]`, { timeout: 300_000 });
	}
	// Every chart of the view answered (the dynamics' pairs come after the first charts).
	if (charts.length)
		await page.locator('[data-query="outcomes"][data-ready="true"]').waitFor({ timeout: 300_000 });
	return page.evaluate((first) => {
		const start = performance.getEntriesByName('sverka:load-start').at(-1)!.startTime;
		const end = performance.getEntriesByName('sverka:load-end').at(-1)!.startTime;
		const ready = performance.getEntriesByName('sverka:outcomes-ready').at(-1)!.startTime;
		const query = performance.getEntriesByName('sverka:outcomes-query').find((e) => e.startTime >= ready);
		const drawn = performance
			.getEntriesByName('sverka:chart-drawn')
			.find(
				(e) =>
					query && e.startTime >= query.startTime + query.duration && (e as PerformanceMark).detail === first
			);
		const readCsv = performance
			.getEntriesByName('sverka:read_csv')
			.filter((e) => e.startTime >= start)
			.reduce((sum, e) => sum + e.duration, 0);
		const longest = (window as unknown as { longest: number }).longest;
		if (first && !drawn) throw new Error(`no mark of ${first} drawn after the load's outcome figures`);
		return {
			loadMs: end - start,
			chartsMs: drawn ? drawn.startTime - start : end - start,
			readCsvMs: readCsv,
			longestBlockMs: longest
		};
	}, charts[0] ?? null);
}

/**
 * The longest main-thread block (over 50 ms) while `action` runs, from an observer the page set up before its
 * own scripts (`observeBlocks`): a reload's boot is counted too.
 */
async function longestDuring(page: Page, action: () => Promise<void>): Promise<number> {
	await page.evaluate(() => ((window as unknown as { sverkaBlock: number }).sverkaBlock = 0));
	await action();
	// Long tasks are reported after they end: one more frame, and the last one is in.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
	return page.evaluate(() => (window as unknown as { sverkaBlock: number }).sverkaBlock);
}

/** Every page of the context watches its long tasks from its first script on. */
const observeBlocks = () => {
	const w = window as unknown as { sverkaBlock: number };
	w.sverkaBlock = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.sverkaBlock = Math.max(w.sverkaBlock, e.duration);
	}).observe({ type: 'longtask' });
};

const times = (x: number) => `${x.toFixed(1)}×`;
/**
 * Choose a group (or an area) in the filter bar of the outcomes view and wait, in the page, until its query
 * answered and every chart of the view finished drawing the answer: the user's wait for a filter.
 */
async function timeFilter(
	page: Page,
	name: 'group' | 'area'
): Promise<{ redrawMs: number; queryMs: number }> {
	return page.evaluate(async (name) => {
		const select = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
		const view = document.querySelector<HTMLElement>('[data-query="outcomes"]')!;
		const start = performance.now();
		select.value = select.options[1].value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		// Done when the view's answer is in and every chart of it marked a new drawing since the change: read
		// from the page's marks, as a figure computed in the page can be on screen before the next frame.
		// No named functions in here: the bundler would wrap them in a helper the page does not have.
		let drawnAt: number;
		for (;;) {
			await new Promise((resolve) => requestAnimationFrame(resolve));
			if (performance.now() - start > 60_000) throw new Error(`the ${name} filter never redrew`);
			const asked = performance.getEntriesByName('sverka:outcomes-query').some((e) => e.startTime >= start);
			if (!asked || view.dataset.ready !== 'true') continue;
			const ids = [...view.querySelectorAll('[data-chart]')].map((c) => c.getAttribute('data-chart'));
			const marks = performance
				.getEntriesByName('sverka:chart-drawn')
				.filter((e) => e.startTime >= start) as PerformanceMark[];
			if (!ids.length || !ids.every((id) => marks.some((m) => m.detail === id))) continue;
			drawnAt = Math.max(...marks.map((m) => m.startTime));
			break;
		}
		const query = performance.getEntriesByName('sverka:outcomes-query').at(-1);
		const redrawMs = drawnAt - start;
		// Back to every group / area, so the next filter starts from the whole view.
		select.value = select.options[0].value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		return { redrawMs, queryMs: query?.duration ?? NaN };
	}, name);
}

/** DuckDB's memory after the last load, as the page marked it. */
async function engineMemory(page: Page): Promise<{ used: number; limit: number }> {
	await page.waitForFunction(() => performance.getEntriesByName('sverka:engine-memory').length > 0);
	return page.evaluate(
		() =>
			(performance.getEntriesByName('sverka:engine-memory').at(-1) as PerformanceMark).detail as {
				used: number;
				limit: number;
			}
	);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ms = (value: number) => `${Math.round(value)} ms`;
const rate = (rows: number, millis: number) =>
	Math.round(rows / (millis / 1000))
		.toLocaleString('en')
		.replace(/,/g, ' ');

const asJson = process.argv.includes('--json');
const BUILD = new URL('../build/', import.meta.url).pathname;
const jsKb = jsGzipKb(BUILD);
const jsInitialKb = jsInitialGzipKb(BUILD);
const { server, origin } = await serveBuild();
const browser = await launch();
const lines: string[] = [
	`JS shipped (gzip): ${jsKb} KB in all (the DuckDB worker included), ${jsInitialKb} KB preloaded by the page`
];
let json: (ReturnType<typeof benchJson> & ReturnType<typeof visitsJson>) | undefined;
try {
	// Before the big loads, on a quiet machine: a first visit with an empty cache, then a second one.
	const visits = await timeVisits(origin);
	lines.push(...visitsLines(visits));
	const files = [
		{
			label: 'wide 100 000',
			rows: 100_000,
			path: await generated('outcomes-100000.csv', () => largeOutcomesCsv(100_000))
		},
		{
			label: 'wide 1 000 000',
			rows: 1_000_000,
			path: await generated('outcomes-1000000.csv', () => largeOutcomesCsv(1_000_000))
		},
		{
			label: 'long 1 000 000',
			rows: 1_000_000,
			path: await generated('outcomes-long-1000000.csv', () => largeLongOutcomesCsv(1_000_000))
		}
	];

	const native: Record<string, number> = {};
	// The physical reference on the same bytes, in this run: native DuckDB on one thread, the better of
	// two reads, taken before the page starts (measured after a load it raced the page's own analysis).
	for (const file of files)
		native[file.label] = Math.min(await nativeReadCsvMs(file.path), await nativeReadCsvMs(file.path));

	const context = await newContext(browser);
	await context.addInitScript(observeBlocks);
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

	const overview = () => page.getByRole('navigation').getByRole('link', { name: 'Обзор' }).click();
	// A drop adds to the loaded set; each measured load replaces it, as the user chooses on the page.
	const replaceWith = async (paths: string | string[]) => {
		// On the overview the drop zone is folded once files are in: wait for the fold, open it if closed.
		const fold = page.locator('details.add-files');
		await fold.waitFor();
		if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').click();
		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		await page.setInputFiles('#replace-input', paths);
	};
	const sample = await timeLoad(page, ['outcomes-by-area', 'outcomes-heatmap'], () =>
		page.getByRole('button', { name: 'Открыть пример' }).click()
	);
	lines.push(
		`sample year (4 files): click → first outcome chart ${ms(sample.chartsMs)}, → every analysis ${ms(sample.loadMs)}; ` +
			`longest main-thread block ${ms(sample.longestBlockMs)}`
	);

	// The council's deck of the sample year: every chart drawn to a PNG, the slides zipped.
	const exportBlockMs = await longestDuring(page, async () => {
		const download = page.waitForEvent('download', { timeout: 120_000 });
		await page.getByRole('button', { name: 'Презентация PPTX' }).click();
		await download;
	});
	lines.push(`the sample year's deck exported: longest main-thread block ${ms(exportBlockMs)}`);

	const loads: LoadFigures[] = [sample];
	const byLabel: Record<string, LoadFigures> = {};
	let filter: { redrawMs: number; queryMs: number } | undefined;
	for (const file of files) {
		await overview();
		const t = await timeLoad(page, ['outcomes-by-area'], () => replaceWith(file.path));
		loads.push(t);
		byLabel[file.label] = t;
		const n = native[file.label];
		if (file.label === 'wide 1 000 000') {
			const byGroup = await timeFilter(page, 'group');
			await viewReady(page);
			const byArea = await timeFilter(page, 'area');
			// The slower of the two is the figure: an area chosen once scanned a million scores.
			filter = byGroup.redrawMs >= byArea.redrawMs ? byGroup : byArea;
			lines.push(
				`filter → every outcome chart redrawn at 1 M rows: a group chosen ${ms(byGroup.redrawMs)} ` +
					`(of it computing the figures ${ms(byGroup.queryMs)}), an area ${ms(byArea.redrawMs)} ` +
					`(${ms(byArea.queryMs)})`
			);
		}
		lines.push(
			`outcomes ${file.label} rows (${mb(statSync(file.path).size)} MB, Windows-1251): drop → first chart ` +
				`${ms(t.chartsMs)} = ${times(t.chartsMs / t.readCsvMs)} DuckDB's read_csv; → every analysis ${ms(t.loadMs)} = ` +
				`${rate(file.rows, t.loadMs)} rows/s; DuckDB read_csv alone ${ms(t.readCsvMs)} = ` +
				`${rate(file.rows, t.readCsvMs)} rows/s; native DuckDB read_csv ${ms(n)}; page / wasm / native ` +
				`${times(t.chartsMs / n)} / ${times(t.readCsvMs / n)} / 1×; longest main-thread block ${ms(t.longestBlockMs)}`
		);
	}
	// A file of 1 000 columns (issue 15.6): loads in seconds, its SQL no longer growing with the columns.
	const thousand = await generated('outcomes-1000-columns.csv', function* () {
		const header = [
			'ФИО ребёнка',
			'Группа',
			...Array.from({ length: 1000 }, (_, i) => `Показатель ${i + 1}`)
		];
		const rows = Array.from({ length: 20 }, (_, r) =>
			[`Ребёнок ${r + 1}`, 'Ягодка', ...Array.from({ length: 1000 }, (_, i) => String((i + r) % 4))].join(';')
		);
		yield new TextEncoder().encode([header.join(';'), ...rows].join('\r\n') + '\r\n');
	});
	await overview();
	const wide1000 = await timeLoad(page, [], () => replaceWith(thousand));
	loads.push(wide1000);
	lines.push(
		`a file of 1 000 columns × 20 rows (${Math.round(statSync(thousand).size / 1024)} KB): drop → loaded ${ms(wide1000.loadMs)}; ` +
			`longest main-thread block ${ms(wide1000.longestBlockMs)}`
	);

	// 10 000 columns: refused in words at once, the loaded files kept.
	const tenThousand = await generated('outcomes-10000-columns.csv', function* () {
		const header = [
			'ФИО ребёнка',
			'Группа',
			...Array.from({ length: 10_000 }, (_, i) => `Показатель ${i + 1}`)
		];
		yield new TextEncoder().encode(header.join(';') + '\r\n');
	});
	await overview();
	const refusedAt = Date.now();
	await replaceWith(tenThousand);
	await page.getByTestId('file-refused').waitFor({ timeout: 60_000 });
	lines.push(
		`a file of 10 000 columns (${Math.round(statSync(tenThousand).size / 1024)} KB): drop → refused in words ` +
			`${ms(Date.now() - refusedAt)}`
	);
	const refusedMs = Date.now() - refusedAt;

	// 5 M long rows (issue 15.6): loads without a crash; DuckDB's memory in the wasm heap said after it.
	const fiveMillion = await generated('outcomes-long-5000000.csv', () => largeLongOutcomesCsv(5_000_000));
	await overview();
	const long5m = await timeLoad(page, ['outcomes-by-area'], () => replaceWith(fiveMillion));
	loads.push(long5m);
	const memory5m = await engineMemory(page);
	lines.push(
		`outcomes long 5 000 000 rows (${mb(statSync(fiveMillion).size)} MB): drop → first chart ${ms(long5m.chartsMs)} = ` +
			`${times(long5m.chartsMs / long5m.readCsvMs)} DuckDB's read_csv; → every analysis ${ms(long5m.loadMs)}; ` +
			`DuckDB's memory after it ${mb(memory5m.used)} MB of ${mb(memory5m.limit)} MB; longest main-thread block ` +
			`${ms(long5m.longestBlockMs)}`
	);

	// The same million rows with the sample's survey, plan and roster: every analysis runs, linkage included.
	const companions = [
		'survey-deficits-google-forms.csv',
		'plan-methodical-work-2025-2026.csv',
		'staff-roster.csv'
	].map((n) => new URL(`../data-samples/${n}`, import.meta.url).pathname);
	const million = files[1];
	await overview();
	const full = await timeLoad(page, ['outcomes-by-area'], () => replaceWith([million.path, ...companions]));
	loads.push(full);
	lines.push(
		`outcomes ${million.label} rows + survey, plan and roster: drop → first chart ${ms(full.chartsMs)} = ` +
			`${times(full.chartsMs / full.readCsvMs)} DuckDB's read_csv; → every analysis (the linkage included) ` +
			`${ms(full.loadMs)}; longest main-thread block ${ms(full.longestBlockMs)}`
	);
	// The same session reopened: the page left, its DuckDB worker gone, the page opened again (the session is
	// kept in the browser); the page's boot and the restore's load are watched.
	const restored = async (reopen: () => Promise<void>) => {
		const before = Date.now();
		const blockMs = await longestDuring(page, async () => {
			await reopen();
			await page.waitForFunction(() => performance.getEntriesByName('sverka:load-end').length > 0, null, {
				timeout: 600_000,
				polling: 200
			});
			// Whatever view the page opens on has drawn its data.
			await viewReady(page);
		});
		return { blockMs, ms: Date.now() - before };
	};
	const reopened = await restored(async () => {
		const gone = page.workers().map((w) => new Promise((resolve) => w.once('close', resolve)));
		await page.goto('about:blank');
		await Promise.all(gone);
		await page.goto(origin + '/');
	});
	// A reload boots the new page while the old one's worker, a gigabyte of wasm memory, is torn down.
	const reloaded = await restored(() => page.reload().then(() => undefined));
	lines.push(
		`the same session reopened: ${ms(reopened.ms)} to every analysis, longest main-thread block ` +
			`${ms(reopened.blockMs)}; reloaded: ${ms(reloaded.ms)}, ${ms(reloaded.blockMs)}`
	);
	json = {
		...visitsJson(visits),
		...benchJson({
			engineMs,
			sample,
			wide1m: byLabel['wide 1 000 000'],
			long1m: byLabel['long 1 000 000'],
			wide1mAll: full,
			loads,
			nativeReadCsvMs: native['wide 1 000 000'],
			columns1000Ms: wide1000.loadMs,
			columns10000RefusedMs: refusedMs,
			long5m,
			long5mMemoryMb: memory5m.used / 1024 / 1024,
			filterRedraw1mMs: filter?.redrawMs,
			filterQuery1mMs: filter?.queryMs,
			exportBlockMs,
			restoreBlockMs: reopened.blockMs,
			reloadBlockMs: reloaded.blockMs,
			jsGzipKb: jsKb,
			jsInitialGzipKb: jsInitialKb
		})
	};
	lines.push(
		`peak JS heap of the page (sampled every 50 ms; DuckDB's memory is in its worker): ${mb(stopHeap())} MB`
	);
	await context.close();
} finally {
	await browser.close();
	server.close();
}
const report = ['', 'Sverka bench (headless Chromium, built site)', ...lines.map((l) => `  ${l}`)].join('\n');
if (asJson) {
	console.error(report);
	console.log(JSON.stringify(json));
} else console.log(report);
