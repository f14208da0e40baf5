import {
	chromium,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from 'playwright-core';

/**
 * Chromium as the e2e tests, the screenshots and the bench drive it. No test runner here: scripts import
 * this too. The tests' fixtures and waits live in `harness.ts`.
 */

/** Debian's Chromium, never a downloaded one; flags keep it from calling home on a closed network. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** A methodist's laptop: Russian locale, Moscow time, downloads on. */
export const CONTEXT = {
	acceptDownloads: true,
	viewport: { width: 1366, height: 900 },
	locale: 'ru-RU',
	timezoneId: 'Europe/Moscow'
} satisfies BrowserContextOptions;

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export async function newContext(browser: Browser, width = 1366, height = 900): Promise<BrowserContext> {
	return browser.newContext({ ...CONTEXT, viewport: { width, height } });
}

/** Open the page and wait until DuckDB has started in its worker. */
export async function openApp(page: Page, origin = ''): Promise<void> {
	await page.goto(origin + '/');
	await page.locator('main[data-engine="ready"]').waitFor({ timeout: 60_000 });
}

/** Whatever is still on its way in `within`: a view's query not answered yet, or a chart not drawn yet. */
export const PENDING = '[data-query][aria-busy="true"], [data-chart] .chart:not([data-echarts-ready="true"])';

/**
 * Wait until every view on the page has the answer to its current query (`data-ready`, not busy) and every
 * chart is drawn: the fact the page states, in place of waiting a while.
 */
export async function viewReady(page: Page, within = 'main'): Promise<void> {
	await page.waitForFunction(
		([root, pending]) => {
			const r = document.querySelector(root);
			return r !== null && r.querySelector(pending) === null;
		},
		[within, PENDING] as const,
		{ timeout: 60_000 }
	);
}
