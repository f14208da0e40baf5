import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';

/** Two tabs of one browser on one kept session (issue 17.2): a wipe holds, and no tab overwrites newer work. */
const app = useBuiltApp();
const WEBINAR = 'Безопасность детей на прогулке: Адресует компетенцию';
/** A tab that misses what other tabs say, as a frozen or sleeping one does. */
const DEAF = `delete window.BroadcastChannel;`;

async function withSession(): Promise<{ context: BrowserContext; a: Page }> {
	const context = await newContext(app.browser);
	const a = await context.newPage();
	await openApp(a, app.origin);
	await a.getByRole('button', { name: 'Открыть пример' }).click();
	await settled(a);
	await a.waitForSelector('main[data-saved="true"]');
	return { context, a };
}

async function restoredTab(context: BrowserContext, deaf = false): Promise<Page> {
	const page = await context.newPage();
	if (deaf) await page.addInitScript({ content: DEAF });
	await openApp(page, app.origin);
	await settled(page);
	return page;
}

const stored = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

async function correct(page: Page, value: string) {
	await goToView(page, 'Данные и качество');
	await page.getByLabel(WEBINAR).selectOption(value);
	await page.waitForSelector('main[data-busy="false"]');
}

/** What a tab opened now restores. */
async function freshTab(context: BrowserContext) {
	const page = await context.newPage();
	await openApp(page, app.origin);
	await page.waitForSelector('main[data-busy="false"]:not(:has([data-testid="restoring"]))');
	const loaded = (await page.locator('[data-testid="load-summary"]').count()) > 0;
	let webinar: string | null = null;
	if (loaded) {
		await goToView(page, 'Данные и качество');
		webinar = await page.getByLabel(WEBINAR).inputValue();
	}
	return { loaded, webinar };
}

describe('two tabs of one browser', () => {
	test('«Удалить все данные» in one tab empties the other, which reloads and keeps nothing', async () => {
		const { context, a } = await withSession();
		const b = await restoredTab(context);
		await goToView(a, 'Данные и качество');
		a.once('dialog', (d) => void d.accept());
		const reloaded = b.waitForEvent('load');
		await Promise.all([
			a.waitForEvent('load'),
			a.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
		]);
		await reloaded;
		await b.waitForSelector('main[data-engine="ready"][data-busy="false"]');
		assert.equal(await b.locator('[data-testid="load-summary"]').count(), 0);
		assert.match((await b.locator('main').textContent()) ?? '', /Начните с загрузки файлов/);
		assert.deepEqual(await stored(b), []);
		assert.deepEqual(await freshTab(context), { loaded: false, webinar: null });
		await context.close();
	});

	test('a tab that missed the wipe cannot bring the data back by saving a correction', async () => {
		const { context, a } = await withSession();
		const b = await restoredTab(context, true);
		await goToView(a, 'Данные и качество');
		a.once('dialog', (d) => void d.accept());
		await Promise.all([
			a.waitForEvent('load'),
			a.getByRole('button', { name: 'Удалить все данные из браузера' }).click()
		]);
		await a.waitForSelector('main[data-engine="ready"]');

		await correct(b, 'Здоровьесберегающие технологии');
		await b.getByTestId('stale').waitFor();
		assert.equal(await b.locator('main').getAttribute('data-saved'), 'false');
		assert.deepEqual(await stored(b), []);
		assert.deepEqual(await freshTab(context), { loaded: false, webinar: null });
		await context.close();
	});

	test('an older tab’s correction never overwrites a newer one saved in another tab', async () => {
		const { context, a } = await withSession();
		const b = await restoredTab(context, true);
		const c = await restoredTab(context);
		await correct(a, 'Здоровьесберегающие технологии');
		await a.waitForSelector('main[data-saved="true"]');
		// A tab that hears of the save says at once that it is behind.
		await c.getByTestId('stale').waitFor();

		// One that did not hear finds out when it saves: its write is refused, in words.
		await correct(b, '');
		await b.getByTestId('stale').waitFor();
		assert.match(
			(await b.getByTestId('stale').textContent()) ?? '',
			/Набор изменён в другой вкладке\. Эта вкладка больше не сохраняет изменения/
		);
		assert.equal(await b.locator('main').getAttribute('data-saved'), 'false');
		assert.deepEqual(await freshTab(context), { loaded: true, webinar: 'Здоровьесберегающие технологии' });

		// «Обновить страницу» brings the newer session into the older tab.
		await Promise.all([b.waitForEvent('load'), b.getByRole('button', { name: 'Обновить страницу' }).click()]);
		await settled(b);
		await goToView(b, 'Данные и качество');
		assert.equal(await b.getByLabel(WEBINAR).inputValue(), 'Здоровьесберегающие технологии');
		await context.close();
	});
});
