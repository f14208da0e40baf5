import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { goToView, newContext, openApp, settled, useBuiltApp, watchForeignRequests } from './browser';

/** Real exports read in place from ../shared beside the clone, as a methodist drops them. */
const REAL = new URL('../../../shared/real-exports/', import.meta.url);
const real = (path: string) => decodeURIComponent(new URL(path, REAL).pathname);
const F1 = 'vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx';
const F3 = 'vpr-fis-oko-urus-martan/Ф3_Статистика по отметкам.xlsx';
const SUMMARY = 'kindergarten-indicator-card/Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx';
const shots = process.env.SVERKA_SHOTS;

const app = useBuiltApp();
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

async function fileRow(page: Page, name: string) {
	const row = page.locator(`tr[data-file="${name}"]`);
	const read = async (which: string) => digits(await row.locator(`[data-count="${which}"]`).textContent());
	return { kind: await row.getAttribute('data-kind'), in: await read('in'), loaded: await read('loaded') };
}

describe('real exports through the page', () => {
	test('ФИС ОКО Ф1, Ф3 and a kindergarten summary: loaded, named, their layout said and correctable', async () => {
		const context = await newContext(app.browser);
		try {
			const page = await context.newPage();
			const foreign = watchForeignRequests(page, app.origin);
			await openApp(page, app.origin);
			await page.setInputFiles('#file-input', [real(F1), real(F3), real(SUMMARY)]);
			await settled(page);

			// The overview says what is missing, never «загрузите файлы» once files loaded.
			const overview = await page.locator('main').innerText();
			assert.doesNotMatch(overview, /Загрузите файлы, чтобы получить выводы/);
			assert.match(overview, /Опрос педагогов о дефицитах не загружен/);
			if (shots) await page.screenshot({ path: `${shots}/real-overview.png`, fullPage: true });

			await goToView(page, 'Данные и качество');
			assert.deepEqual(await fileRow(page, 'Ф1_Индивидуальные результаты.xlsx'), {
				kind: 'outcomes',
				in: 58,
				loaded: 50
			});
			assert.deepEqual(await fileRow(page, 'Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx'), {
				kind: 'outcomes',
				in: 14,
				loaded: 12
			});
			const f3 = page.locator('tr[data-file="Ф3_Статистика по отметкам.xlsx"]');
			assert.match(await f3.locator('[data-aggregate]').innerText(), /Статистика по отметкам.*Ф1/s);

			// The card of Ф1 says where the subject and the date came from, and renames the ordinal classes.
			const f1 = page.locator('tr[data-file="Ф1_Индивидуальные результаты.xlsx"]');
			await f1.getByRole('button', { name: 'Столбцы…' }).click();
			const card = page.locator('section.setup');
			const said = await card.locator('[data-context]').innerText();
			assert.match(said, /Предмет: Русский язык — строка 3, строка 4, имя листа/);
			assert.match(said, /Дата: 20\.04\.2026 — строка 6/);
			assert.match(await card.locator('[data-unused]').innerText(), /«Первичный балл» — итоговый столбец/);
			if (shots) await page.screenshot({ path: `${shots}/real-quality-card.png`, fullPage: true });
			await card.getByLabel('Класс (параллель из заголовка): «4 класс №1»').fill('4А');
			await card.getByLabel('Класс (параллель из заголовка): «4 класс №2»').fill('4Б');
			await card.getByRole('button', { name: 'Применить' }).click();
			await settled(page);
			await goToView(page, 'Результаты детей');
			const groups = await page.locator('form.filters select[name="group"] option').allInnerTexts();
			assert.ok(groups.includes('4А') && groups.includes('4Б'), groups.join(', '));
			assert.ok(!groups.some((g) => g.includes('№1')), groups.join(', '));
			assert.deepEqual(foreign, []);
		} finally {
			await context.close();
		}
	});
});
