/**
 * A first visit with an empty browser cache and a second one in the same profile (issue 15.5): from
 * navigation to an interactive page (the app's `<main>` rendered: the page is client-rendered, so it exists
 * only once the JS runs) and to DuckDB ready, with the bytes that crossed the network each time. A second
 * visit that fetches the 34 MB wasm again, or compiles it from scratch, shows here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../tests/e2e/browser';

export interface Visit {
	/** Navigation → the app rendered and answering clicks. */
	interactiveMs: number;
	/** Navigation → DuckDB started in its worker. */
	engineMs: number;
	/** Of which: the wasm fetched (or read from cache), compiled and instantiated in the worker. */
	wasmMs: number;
	/** Navigation → the page asked for the engine (the app's JS loaded and running). */
	engineAskedMs: number;
	/** Bytes received over the network (compressed, as sent), not from the browser's cache. */
	networkBytes: number;
	/** The longest main-thread task (over 50 ms, else 0) from the first script until the charts' idle warm-up ended. */
	longestBlockMs: number;
}

/** `<main>` appearing, recorded by the page itself so no polling delay is measured. */
const RECORD_MAIN = `
	new MutationObserver((_, observer) => {
		if (document.querySelector('main[data-engine]')) {
			performance.mark('bench:main');
			observer.disconnect();
		}
	}).observe(document, { childList: true, subtree: true });
	window.sverkaBlock = 0;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.sverkaBlock = Math.max(window.sverkaBlock, e.duration);
	}).observe({ type: 'longtask' });
`;

async function visit(profile: string, origin: string): Promise<Visit> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		args: FLAGS,
		headless: true,
		locale: 'ru-RU'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.addInitScript(RECORD_MAIN);
		// The context sees the worker's requests too (the wasm is fetched by DuckDB's worker).
		const sizes: Promise<number>[] = [];
		context.on('requestfinished', (request) =>
			sizes.push(
				request.sizes().then(
					(s) => s.responseBodySize + s.responseHeadersSize,
					() => 0
				)
			)
		);
		await page.goto(origin + '/');
		await page.waitForSelector('main[data-engine="ready"]', { timeout: 120_000 });
		// The page's start is over when the charts' code has been warmed up in its idle time.
		await page.waitForFunction(() => performance.getEntriesByName('sverka:charts-warm').length > 0, null, {
			timeout: 120_000
		});
		// Long tasks are reported after they end: one more frame, and the last one is in.
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
		const longestBlockMs = await page.evaluate(
			() => (window as unknown as { sverkaBlock: number }).sverkaBlock
		);
		// No helper function inside: the bundler would name it, and the page has no `__name`.
		const [interactiveMs, engineMs, instantiated, engineAskedMs] = await page.evaluate(() =>
			['bench:main', 'sverka:engine-ready', 'sverka:wasm-instantiated', 'sverka:engine-start'].map(
				(name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN
			)
		);
		const marks = { interactiveMs, engineMs, wasmMs: instantiated - engineAskedMs, engineAskedMs };
		const networkBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
		return { ...marks, networkBytes, longestBlockMs };
	} finally {
		await context.close();
	}
}

/** A cold visit, then a second one in the same browser profile. */
export async function timeVisits(origin: string): Promise<{ first: Visit; second: Visit }> {
	const profile = mkdtempSync(join(tmpdir(), 'sverka-visit-'));
	try {
		const first = await visit(profile, origin);
		const second = await visit(profile, origin);
		return { first, second };
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}

const kb = (bytes: number) => Math.round(bytes / 1024);

/** The visits as bench JSON keys (issue 15.5: a first visit < 2 s to an interactive page, a second < 1 s). */
export function visitsJson(v: { first: Visit; second: Visit }) {
	return {
		first_visit_interactive_ms: Math.round(v.first.interactiveMs),
		first_visit_engine_ms: Math.round(v.first.engineMs),
		first_visit_network_kb: kb(v.first.networkBytes),
		first_visit_longest_block_ms: Math.round(v.first.longestBlockMs),
		second_visit_interactive_ms: Math.round(v.second.interactiveMs),
		second_visit_engine_ms: Math.round(v.second.engineMs),
		second_visit_network_kb: kb(v.second.networkBytes),
		second_visit_longest_block_ms: Math.round(v.second.longestBlockMs)
	};
}

/** The visits as the bench's lines. */
export function visitsLines(v: { first: Visit; second: Visit }): string[] {
	const ms = (x: number) => `${Math.round(x)} ms`;
	const one = (name: string, x: Visit) =>
		`${name}: interactive ${ms(x.interactiveMs)}, DuckDB ready ${ms(x.engineMs)} (the wasm fetched and ` +
		`compiled ${ms(x.wasmMs)} of it, asked for at ${ms(x.engineAskedMs)}); ${kb(x.networkBytes)} KB over the network; ` +
		`longest block until the charts are warm ${ms(x.longestBlockMs)}`;
	return [one('first visit, empty cache', v.first), one('second visit, same browser', v.second)];
}
