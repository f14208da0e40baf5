import type { Server } from 'node:http';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveBuild } from '../../scripts/serve';

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

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** A Russian-locale context with downloads on, as a methodist's laptop would be. */
export async function newContext(browser: Browser, width = 1366, height = 900): Promise<BrowserContext> {
	return browser.newContext({
		acceptDownloads: true,
		viewport: { width, height },
		locale: 'ru-RU',
		timezoneId: 'Europe/Moscow'
	});
}

/** Record every request that leaves the page's origin; the page promises there are none. */
export function watchForeignRequests(page: Page, origin: string): string[] {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	return foreign;
}

/** Open the page and wait until DuckDB has started in its worker. */
export async function openApp(page: Page, origin: string): Promise<void> {
	await page.goto(origin + '/');
	await page.waitForSelector('main[data-engine="ready"]', { timeout: 60_000 });
}

/**
 * The built site served and Chromium started once for a test file, both closed after it. Node 20 runs a
 * file's top-level `before` hooks together, so a hook that needs the app awaits `app.ready()` first.
 */
export function useBuiltApp() {
	let started: Promise<void> | undefined;
	let server: Server | undefined;
	const app = {
		origin: '',
		browser: undefined as unknown as Browser,
		ready: () =>
			(started ??= (async () => {
				({ server, origin: app.origin } = await serveBuild());
				app.browser = await launch();
			})())
	};
	before(() => app.ready());
	after(async () => {
		await app.browser?.close();
		server?.close();
	});
	return app;
}

/** «Удалить все данные из браузера» (its confirm accepted), then the page it reloads, engine started again. */
export async function deleteAllData(page: Page): Promise<void> {
	page.once('dialog', (d) => void d.accept());
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
	]);
	await page.waitForSelector('main[data-engine="ready"]', { timeout: 60_000 });
	// Give a wrongly kept session the time to come back, so its absence means something.
	await page.waitForTimeout(500);
}

/** Switch view through the navigation and wait until the page says it is there. */
export async function goToView(page: Page, name: string): Promise<void> {
	await page.getByRole('navigation').getByRole('link', { name }).click();
	await page.waitForFunction(
		(n) => document.querySelector('nav [aria-current="page"]')?.textContent === n,
		name
	);
}

/** Wait until a load or correction has finished and the page shows its summary. */
export const settled = (page: Page) =>
	page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]', { timeout: 60_000 });

/**
 * Wait until every view on the page has the answer to its current query (`data-ready`, not busy) and every
 * chart is drawn: the fact the page states, in place of waiting a while.
 */
export async function viewReady(page: Page, within = 'main'): Promise<void> {
	await page.waitForFunction(
		(root) => {
			const r = document.querySelector(root);
			if (!r) return false;
			if (r.querySelector('[data-query][aria-busy="true"]')) return false;
			return [...r.querySelectorAll<HTMLElement>('[data-chart] .chart')].every(
				(c) => c.dataset.echartsReady === 'true'
			);
		},
		within,
		{ timeout: 60_000 }
	);
}
