import type { Page } from '@playwright/test';
import { expect, goToView, openApp, settled, test } from './harness';
import { sampleNames, samplePaths } from './samples';

/** Files that once blanked whole views (issue 17.1): each loads, every view renders, nothing stays busy. */
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const notPlan = samplePaths.filter((p) => !p.includes('plan-'));
const VIEWS = [
	'Обзор',
	'Результаты детей',
	'Дефициты',
	'Связь',
	'План и соответствие',
	'Карта педагога (ИППР)',
	'Данные и качество'
];

async function opened(page: Page, files: string[]) {
	await page.setInputFiles('#file-input', files);
	await settled(page);
}

/** Every view shows its content, none its failure, and the page is not left busy. */
async function everyViewRenders(page: Page) {
	for (const view of VIEWS) {
		await goToView(page, view);
		await expect(page.locator('main[data-busy="false"]')).toHaveCount(1);
		await expect(page.locator('[data-view-failed]'), view).toHaveCount(0);
	}
	await expect(page.locator('[data-table="coverage"], [data-panel="links"]').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Удалить все данные из браузера' })).toHaveCount(1);
}

test.describe('data that repeat themselves', () => {
	test('a plan with two untargeted «Педагогический совет» rows: both listed, every view renders', async ({
		app: page,
		errors
	}) => {
		await opened(page, [...notPlan, fixture('plan-two-untargeted-pedsovet.csv')]);
		await everyViewRenders(page);
		expect(errors).toEqual([]);
		await expect(page.locator('[data-panel="links"] tr[data-event="Педагогический совет"]')).toHaveCount(2);
		await goToView(page, 'План и соответствие');
		await expect(page.locator('[data-table="coverage"]')).toBeVisible();
		await expect(page.locator('[data-view-failed]')).toHaveCount(0);
	});

	test('an event repeated in the plan: both rows kept, every view renders', async ({ app: page, errors }) => {
		await opened(page, [...notPlan, fixture('plan-event-repeated.csv')]);
		await everyViewRenders(page);
		expect(errors).toEqual([]);
		await expect(
			page.locator('[data-panel="links"] tr[data-event="Речевые игры в режимных моментах"]')
		).toHaveCount(2);
		await goToView(page, 'План и соответствие');
		const speech = page.locator('[data-table="coverage"] tr[data-competency="Развитие речи детей"] li', {
			hasText: 'Речевые игры'
		});
		await expect(speech, 'the repeated event is listed twice under its competency').toHaveCount(2);
	});

	test('the same file picked twice, and again later: loaded once, said so, every view renders', async ({
		app: page,
		errors
	}) => {
		await opened(page, [...samplePaths, samplePaths[1]]);
		await goToView(page, 'Данные и качество');
		await expect(page.locator('tr[data-file]')).toHaveCount(sampleNames.length);
		await page.setInputFiles('#file-input', samplePaths[1]);
		await expect(page.locator('main[data-busy="false"] [data-testid="notice"]')).toHaveText(
			new RegExp(`Уже в наборе, повторно не добавлено: «${sampleNames[1]}»`)
		);
		await expect(page.locator('tr[data-file]')).toHaveCount(sampleNames.length);
		await everyViewRenders(page);
		expect(errors).toEqual([]);
	});

	test('an .xlsx with two sheets of one name: both sheets read, every view renders', async ({
		app: page,
		errors
	}) => {
		await opened(page, [fixture('outcomes-two-sheets-one-name.xlsx')]);
		await goToView(page, 'Данные и качество');
		await expect(page.locator('tr[data-file]')).toHaveCount(2);
		expect(
			await page
				.locator('tr[data-file]')
				.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.file))
		).toEqual([
			'outcomes-two-sheets-one-name.xlsx — Мониторинг',
			'outcomes-two-sheets-one-name.xlsx — Мониторинг (2)'
		]);
		for (const view of VIEWS) {
			await goToView(page, view);
			await expect(page.locator('main[data-busy="false"]')).toHaveCount(1);
			await expect(page.locator('[data-view-failed]'), view).toHaveCount(0);
		}
		expect(errors).toEqual([]);
	});
});

test.describe('a view that fails', () => {
	test('says so in words, keeps the data and «Удалить», and comes back with «Повторить»', async ({
		page
	}) => {
		// A fault no data can cause any more: rendering a coverage status throws while the flag is set.
		await page.addInitScript(() => {
			const set = Element.prototype.setAttribute;
			Element.prototype.setAttribute = function (name: string, value: string) {
				if (name === 'data-status' && (window as { breakCoverage?: boolean }).breakCoverage)
					throw new Error('injected fault');
				return set.call(this, name, value);
			};
		});
		await openApp(page);
		await opened(page, samplePaths);
		await page.evaluate(() => ((window as { breakCoverage?: boolean }).breakCoverage = true));
		await goToView(page, 'План и соответствие');
		const failed = page.locator('[data-view-failed]');
		await expect(failed).toHaveText(
			/Этот раздел не удалось показать\. Загруженные данные и ваши исправления целы/
		);
		await expect(page.locator('main')).toHaveAttribute('data-busy', 'false');
		await goToView(page, 'Данные и качество');
		await expect(page.locator('tr[data-file]')).toHaveCount(sampleNames.length);
		await expect(page.getByRole('button', { name: 'Удалить все данные из браузера' })).toHaveCount(1);

		await goToView(page, 'План и соответствие');
		await expect(failed).toBeVisible();
		await page.evaluate(() => ((window as { breakCoverage?: boolean }).breakCoverage = false));
		await page.getByRole('button', { name: 'Повторить' }).click();
		await expect(page.locator('[data-table="coverage"] tr[data-status]').first()).toBeVisible();
		await expect(failed).toHaveCount(0);
	});
});

test.describe('a file no methodist keeps', () => {
	test('10 000 columns beside the sample year: refused in words where the user is, the year kept', async ({
		app: page,
		errors
	}) => {
		await opened(page, samplePaths);
		const children = await page.locator('[data-figure="children"] strong').textContent();
		const header = [
			'ФИО ребёнка',
			'Группа',
			...Array.from({ length: 10_000 }, (_, i) => `Показатель ${i + 1}`)
		];
		const started = Date.now();
		await page.setInputFiles('#file-input', {
			name: 'широкая.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(`${header.join(';')}\r\nРебёнок 1;Ягодка;${'2;'.repeat(9_999)}2\r\n`)
		});
		await settled(page);
		await expect(page.getByTestId('file-refused')).toHaveText(
			/^«широкая\.csv» не прочитан\. В файле больше 2 000 столбцов/
		);
		// At once: the head tells the width, no SQL is built for the columns (a generous bound for CI).
		expect(Date.now() - started).toBeLessThan(15_000);
		await expect(page.locator('[data-figure="children"] strong')).toHaveText(children!);
		expect(errors).toEqual([]);
	});
});
