import type { BrowserContext, Page } from '@playwright/test';
import { engineReady, expect, goToView, openApp, settled, test } from './harness';

/** Two tabs of one browser on one kept session (issue 17.2): a wipe holds, and no tab overwrites newer work. */
const WEBINAR = 'Безопасность детей на прогулке: Направлено на компетенцию';
/** A tab that misses what other tabs say, as a frozen or sleeping one does. */
const DEAF = `delete window.BroadcastChannel;`;

/** The test's first tab, with the sample year loaded and kept. */
async function withSession(a: Page): Promise<void> {
	await openApp(a);
	await a.getByRole('button', { name: 'Открыть пример' }).click();
	await settled(a);
	await expect(a.locator('main[data-saved="true"]')).toHaveCount(1);
}

async function restoredTab(context: BrowserContext, deaf = false): Promise<Page> {
	const page = await context.newPage();
	if (deaf) await page.addInitScript({ content: DEAF });
	await openApp(page);
	await settled(page);
	return page;
}

const stored = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

async function correct(page: Page, value: string) {
	await goToView(page, 'Данные и качество');
	await page.getByLabel(WEBINAR).selectOption(value);
	await expect(page.locator('main[data-busy="false"]')).toHaveCount(1);
}

/** What a tab opened now restores. */
async function freshTab(context: BrowserContext) {
	const page = await context.newPage();
	await openApp(page);
	await expect(page.locator('main[data-busy="false"]:not(:has([data-testid="restoring"]))')).toHaveCount(1);
	const loaded = (await page.locator('[data-testid="load-summary"]').count()) > 0;
	let webinar: string | null = null;
	if (loaded) {
		await goToView(page, 'Данные и качество');
		webinar = await page.getByLabel(WEBINAR).inputValue();
	}
	return { loaded, webinar };
}

test.describe('two tabs of one browser', () => {
	test('«Удалить все данные» in one tab empties the other, which reloads and keeps nothing', async ({
		context,
		page: a
	}) => {
		await withSession(a);
		const b = await restoredTab(context);
		await goToView(a, 'Данные и качество');
		a.once('dialog', (d) => void d.accept());
		const reloaded = b.waitForEvent('load');
		await Promise.all([
			a.waitForEvent('load'),
			a.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
		]);
		await reloaded;
		await expect(b.locator('main[data-engine="ready"][data-busy="false"]')).toHaveCount(1, {
			timeout: 60_000
		});
		await expect(b.locator('[data-testid="load-summary"]')).toHaveCount(0);
		await expect(b.locator('main')).toContainText('Начните с загрузки файлов');
		expect(await stored(b)).toEqual([]);
		expect(await freshTab(context)).toEqual({ loaded: false, webinar: null });
	});

	test('a tab that missed the wipe cannot bring the data back by saving a correction', async ({
		context,
		page: a
	}) => {
		await withSession(a);
		const b = await restoredTab(context, true);
		await goToView(a, 'Данные и качество');
		a.once('dialog', (d) => void d.accept());
		await Promise.all([
			a.waitForEvent('load'),
			a.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
		]);
		await engineReady(a);

		await correct(b, 'Здоровьесберегающие технологии');
		await expect(b.getByTestId('stale')).toBeVisible();
		await expect(b.locator('main')).toHaveAttribute('data-saved', 'false');
		expect(await stored(b)).toEqual([]);
		expect(await freshTab(context)).toEqual({ loaded: false, webinar: null });
	});

	test('an older tab’s correction never overwrites a newer one saved in another tab', async ({
		context,
		page: a
	}) => {
		await withSession(a);
		const b = await restoredTab(context, true);
		const c = await restoredTab(context);
		await correct(a, 'Здоровьесберегающие технологии');
		await expect(a.locator('main[data-saved="true"]')).toHaveCount(1);
		// A tab that hears of the save says at once that it is behind.
		await expect(c.getByTestId('stale')).toBeVisible();

		// One that did not hear finds out when it saves: its write is refused, in words.
		await correct(b, '');
		await expect(b.getByTestId('stale')).toHaveText(
			/Набор изменён в другой вкладке\. Эта вкладка больше не сохраняет изменения/
		);
		await expect(b.locator('main')).toHaveAttribute('data-saved', 'false');
		expect(await freshTab(context)).toEqual({ loaded: true, webinar: 'Здоровьесберегающие технологии' });

		// «Обновить страницу» brings the newer session into the older tab.
		await Promise.all([b.waitForEvent('load'), b.getByRole('button', { name: 'Обновить страницу' }).click()]);
		await settled(b);
		await goToView(b, 'Данные и качество');
		await expect(b.getByLabel(WEBINAR)).toHaveValue('Здоровьесберегающие технологии');
	});
});
