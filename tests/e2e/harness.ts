import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { CONTEXT, PENDING, openApp } from './browser';

/**
 * The e2e tests' one harness: fixtures that open and close what they use, and waits for what the page
 * states (`data-engine`, `data-busy`, `data-ready`, `data-echarts-ready`), never for a while.
 */

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

export const test = base.extend<{
	/** The served build's origin. */
	origin: string;
	/** Requests the test's page sent off its origin. */
	foreign: string[];
	/** Errors the test's page threw. */
	errors: string[];
	/** The test's page with the app open and DuckDB started. */
	app: Page;
}>({
	origin: async ({ baseURL }, use) => use(new URL(baseURL!).origin),
	foreign: async ({ page, origin }, use) => use(watchForeignRequests(page, origin)),
	errors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await use(errors);
	},
	// Set up after `foreign` and `errors`, so they see the page from its first request.
	app: async ({ page, foreign, errors }, use) => {
		void [foreign, errors];
		await openApp(page);
		await use(page);
	}
});
export { expect };

/**
 * One page for a `test.describe.serial` group whose tests read what `prepare` loaded: opened once before
 * them, its context closed after them. Read `shared.page` and `shared.foreign` inside the tests.
 */
export function sharedPage(prepare: (page: Page) => Promise<void>) {
	const shared = { page: undefined as unknown as Page, foreign: [] as string[] };
	let context: BrowserContext | undefined;
	test.beforeAll(async ({ browser, baseURL }) => {
		context = await browser.newContext({ ...CONTEXT, baseURL });
		shared.page = await context.newPage();
		shared.foreign = watchForeignRequests(shared.page, new URL(baseURL!).origin);
		await openApp(shared.page);
		await prepare(shared.page);
	});
	test.afterAll(async () => {
		await context?.close();
	});
	return shared;
}

export { openApp };

/** Wait until DuckDB has started in the page's worker (after a load or a reload). */
export const engineReady = (page: Page) =>
	expect(page.locator('main[data-engine="ready"]')).toHaveCount(1, { timeout: 60_000 });

/** Wait until a load or correction has finished and the page shows its summary. */
export const settled = (page: Page) =>
	expect(page.locator('main[data-busy="false"] [data-testid="load-summary"]')).toBeVisible({
		timeout: 60_000
	});

/** Wait until the page has nothing on its way: every view answered its query, every chart drawn. */
export const viewReady = (page: Page, within = 'main') =>
	expect(page.locator(within).locator(PENDING)).toHaveCount(0, { timeout: 60_000 });

/** Switch view through the navigation and wait until the page says it is there. */
export async function goToView(page: Page, name: string): Promise<void> {
	await page.getByRole('navigation').getByRole('link', { name }).click();
	await expect(page.locator('nav [aria-current="page"]')).toHaveText(name);
}

/** The chart's description (title, subtitle, numbers) as its aria-label states it, once drawn. */
export async function chartLabel(page: Page, id: string): Promise<string> {
	await viewReady(page);
	const chart = page.locator(`[data-chart="${id}"] .chart`);
	await expect(chart).toHaveAttribute('data-echarts-ready', 'true', { timeout: 30_000 });
	// ECharts writes the label as it renders; under a loaded CI machine it was once read empty beside a drawn chart.
	await expect(chart).toHaveAttribute('aria-label', /\S/, { timeout: 30_000 });
	return (await chart.getAttribute('aria-label')) ?? '';
}

/**
 * Nothing is kept in this browser any more: no IndexedDB and no «kept» flag. A session the page wrongly
 * kept could come back after the engine starts; with nothing stored there is nothing to come back.
 */
export async function nothingKept(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () => ({
				databases: (await indexedDB.databases()).map((d) => d.name),
				local: localStorage.length
			}))
		)
		.toEqual({ databases: [], local: 0 });
}

/** «Удалить все данные из браузера» (its confirm accepted), then the page it reloads, engine started again. */
export async function deleteAllData(page: Page): Promise<void> {
	page.once('dialog', (d) => void d.accept());
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
	]);
	await engineReady(page);
	await nothingKept(page);
}

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** A file's row in «Данные и качество»: its kind and its rows in, loaded and rejected. */
export async function fileCounts(page: Page, name: string) {
	const row = page.locator(`tr[data-file="${name}"]`);
	const read = async (which: string) => digits(await row.locator(`[data-count="${which}"]`).textContent());
	return {
		kind: await row.getAttribute('data-kind'),
		in: await read('in'),
		loaded: await read('loaded'),
		rejected: await read('rejected')
	};
}

/** The names of the files «Данные и качество» lists, in its order. */
export const filesShown = (page: Page) =>
	page.locator('tr[data-file]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.file));

/** The download the click starts. */
export async function download(page: Page, click: () => Promise<void>) {
	const [d] = await Promise.all([page.waitForEvent('download'), click()]);
	return d;
}
