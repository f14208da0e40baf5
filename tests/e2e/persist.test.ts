import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deleteAllData, goToView, newContext, openApp, settled, useBuiltApp } from './browser';

const app = useBuiltApp();

const WEBINAR = 'Безопасность детей на прогулке: Адресует компетенцию';

describe('work that is never lost', () => {
	test('the session, with the user’s corrections, survives a reload; «удалить» removes every trace', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);

		// A correction: the webinar on safety is taken to address the health deficit.
		await goToView(page, 'Данные и качество');
		await page.getByLabel(WEBINAR).selectOption('Здоровьесберегающие технологии');
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');
		await goToView(page, 'Обзор');
		const findingsBefore = await page.locator('[data-list="findings"] li').allTextContents();
		assert.ok(findingsBefore.every((f) => !f.includes('«Безопасность детей на прогулке»')));

		await page.reload();
		await page.waitForSelector('main[data-engine="ready"]');
		await settled(page);
		assert.deepEqual(await page.locator('[data-list="findings"] li').allTextContents(), findingsBefore);
		await goToView(page, 'Данные и качество');
		assert.equal(await page.getByLabel(WEBINAR).inputValue(), 'Здоровьесберегающие технологии');
		assert.equal(await page.locator('tr[data-file]').count(), 4);

		await deleteAllData(page);
		assert.equal(await page.locator('[data-testid="load-summary"]').count(), 0);
		const stored = await page.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name),
			local: localStorage.length,
			// SvelteKit keeps scroll positions here ('sveltekit:…'); nothing else may be.
			session: Object.keys(sessionStorage).filter((k) => !k.startsWith('sveltekit:')),
			text: JSON.stringify({ ...sessionStorage }),
			caches: await caches.keys(),
			opfs: await (async () => {
				const names: string[] = [];
				const root = (await navigator.storage.getDirectory()) as unknown as AsyncIterable<
					[string, unknown]
				> & {
					entries(): AsyncIterable<[string, unknown]>;
				};
				for await (const [name] of root.entries()) names.push(name);
				return names;
			})()
		}));
		assert.deepEqual(stored.caches, []);
		assert.deepEqual(stored.opfs, []);
		assert.deepEqual(stored.databases, []);
		assert.equal(stored.local, 0);
		assert.deepEqual(stored.session, []);
		assert.doesNotMatch(stored.text, /monitoring|Иванова|Речев/);
		await page.reload();
		await page.waitForSelector('main[data-engine="ready"]');
		await page.waitForTimeout(500);
		assert.equal(await page.locator('[data-testid="load-summary"]').count(), 0);
	});

	test('when the browser refuses to keep the session, the page says so and points to the project file', async () => {
		const page = await (await newContext(app.browser)).newPage();
		// As a full disk or a private window would: every write to IndexedDB fails.
		await page.addInitScript(() => {
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await openApp(page, app.origin);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await page.waitForSelector('[data-testid="persist-error"]');
		// In words (issue 17.12): the browser's English only under «Подробнее».
		const error = page.getByTestId('persist-error');
		assert.match(
			(await error.locator('.error').textContent()) ?? '',
			/не удалось сохранить в этом браузере \(в браузере закончилось место для хранения\)\. Сохраните проект в файл/
		);
		assert.doesNotMatch((await error.locator('.error').textContent()) ?? '', /quota|exceeded/i);
		assert.equal(
			await error.locator('details code').textContent(),
			'QuotaExceededError: The quota has been exceeded.'
		);
		assert.equal(await page.locator('main').getAttribute('data-saved'), 'false');
	});
});
