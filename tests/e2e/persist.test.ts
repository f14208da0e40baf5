import { deleteAllData, engineReady, expect, goToView, nothingKept, openApp, settled, test } from './harness';

const WEBINAR = 'Безопасность детей на прогулке: Направлено на компетенцию';

test.describe('work that is never lost', () => {
	test('the session, with the user’s corrections, survives a reload; «удалить» removes every trace', async ({
		app: page
	}) => {
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);

		// A correction: the webinar on safety is taken to address the health deficit.
		await goToView(page, 'Данные и качество');
		await page.getByLabel(WEBINAR).selectOption('Здоровьесберегающие технологии');
		await expect(page.locator('main[data-busy="false"][data-saved="true"]')).toHaveCount(1);
		await goToView(page, 'Обзор');
		const findingsBefore = await page.locator('[data-list="findings"] li').allTextContents();
		expect(findingsBefore.every((f) => !f.includes('«Безопасность детей на прогулке»'))).toBe(true);

		await page.reload();
		await engineReady(page);
		await settled(page);
		await expect(page.locator('[data-list="findings"] li')).toHaveText(findingsBefore);
		await goToView(page, 'Данные и качество');
		await expect(page.getByLabel(WEBINAR)).toHaveValue('Здоровьесберегающие технологии');
		await expect(page.locator('tr[data-file]')).toHaveCount(4);

		await deleteAllData(page);
		await expect(page.locator('[data-testid="load-summary"]')).toHaveCount(0);
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
		expect(stored.caches).toEqual([]);
		expect(stored.opfs).toEqual([]);
		expect(stored.databases).toEqual([]);
		expect(stored.local).toBe(0);
		expect(stored.session).toEqual([]);
		expect(stored.text).not.toMatch(/monitoring|Иванова|Речев/);
		await page.reload();
		await engineReady(page);
		// Nothing is stored, so nothing can come back: the empty page is the page's last word.
		await nothingKept(page);
		await expect(page.locator('main[data-busy="false"]')).toHaveCount(1);
		await expect(page.locator('[data-testid="load-summary"]')).toHaveCount(0);
	});

	test('when the browser refuses to keep the session, the page says so and points to the project file', async ({
		page
	}) => {
		// As a full disk or a private window would: every write to IndexedDB fails.
		await page.addInitScript(() => {
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await openApp(page);
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		// In words (issue 17.12): the browser's English only under «Подробнее».
		const error = page.getByTestId('persist-error').locator('.error');
		await expect(error).toHaveText(
			/не удалось сохранить в этом браузере \(в браузере закончилось место для хранения\)\. Сохраните проект в файл/
		);
		await expect(error).not.toHaveText(/quota|exceeded/i);
		await expect(page.getByTestId('persist-error').locator('details code')).toHaveText(
			'QuotaExceededError: The quota has been exceeded.'
		);
		await expect(page.locator('main')).toHaveAttribute('data-saved', 'false');
	});
});
