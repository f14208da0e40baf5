import { expect, fileCounts, goToView, settled, test } from './harness';

/** Real exports read in place from ../shared beside the clone, as a methodist drops them. */
const REAL = new URL('../../../shared/real-exports/', import.meta.url);
const real = (path: string) => decodeURIComponent(new URL(path, REAL).pathname);
const F1 = 'vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx';
const F3 = 'vpr-fis-oko-urus-martan/Ф3_Статистика по отметкам.xlsx';
const SUMMARY = 'kindergarten-indicator-card/Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx';
const shots = process.env.SVERKA_SHOTS;

test.describe('real exports through the page', () => {
	test('ФИС ОКО Ф1, Ф3 and a kindergarten summary: loaded, named, their layout said and correctable', async ({
		app: page,
		foreign
	}) => {
		await page.setInputFiles('#file-input', [real(F1), real(F3), real(SUMMARY)]);
		await settled(page);

		// The overview says what is missing, never «загрузите файлы» once files loaded.
		const overview = await page.locator('main').innerText();
		expect(overview).not.toMatch(/Загрузите файлы, чтобы получить выводы/);
		expect(overview).toMatch(/Опрос педагогов о дефицитах не загружен/);
		if (shots) await page.screenshot({ path: `${shots}/real-overview.png`, fullPage: true });

		await goToView(page, 'Данные и качество');
		expect(await fileCounts(page, 'Ф1_Индивидуальные результаты.xlsx')).toMatchObject({
			kind: 'outcomes',
			in: 58,
			loaded: 50
		});
		expect(await fileCounts(page, 'Сводная таблица 2 мл. гр. Ромашка 2025-2026.xlsx')).toMatchObject({
			kind: 'outcomes',
			in: 14,
			loaded: 12
		});
		const f3 = page.locator('tr[data-file="Ф3_Статистика по отметкам.xlsx"]');
		expect(await f3.locator('[data-aggregate]').innerText()).toMatch(/Статистика по отметкам.*Ф1/s);

		// The card of Ф1 says where the subject and the date came from, and renames the ordinal classes.
		const f1 = page.locator('tr[data-file="Ф1_Индивидуальные результаты.xlsx"]');
		await f1.getByRole('button', { name: 'Столбцы…' }).click();
		const card = page.locator('section.setup');
		const said = await card.locator('[data-context]').innerText();
		expect(said).toMatch(/Предмет: Русский язык — строка 3, строка 4, имя листа/);
		expect(said).toMatch(/Дата: 20\.04\.2026 — строка 6/);
		expect(await card.locator('[data-unused]').innerText()).toMatch(/«Первичный балл» — итоговый столбец/);
		if (shots) await page.screenshot({ path: `${shots}/real-quality-card.png`, fullPage: true });
		await card.getByLabel('Класс (параллель из заголовка): «4 класс №1»').fill('4А');
		await card.getByLabel('Класс (параллель из заголовка): «4 класс №2»').fill('4Б');
		await card.getByRole('button', { name: 'Применить' }).click();
		await settled(page);
		await goToView(page, 'Результаты детей');
		const groups = await page.locator('form.filters select[name="group"] option').allInnerTexts();
		expect(groups, groups.join(', ')).toEqual(expect.arrayContaining(['4А', '4Б']));
		expect(
			groups.some((g) => g.includes('№1')),
			groups.join(', ')
		).toBe(false);
		expect(foreign).toEqual([]);
	});
});
