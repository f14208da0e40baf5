import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';
import { sampleNames, samplePaths } from './samples';

/** Files that once blanked whole views (issue 17.1): each loads, every view renders, nothing stays busy. */
const app = useBuiltApp();
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

async function opened(files: string[]) {
	const page = await (await newContext(app.browser)).newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', files);
	await settled(page);
	return { page, errors };
}

/** Every view shows its content, none its failure, and the page is not left busy. */
async function everyViewRenders(page: Page, errors: string[]) {
	for (const view of VIEWS) {
		await goToView(page, view);
		await page.waitForSelector('main[data-busy="false"]');
		assert.equal(await page.locator('[data-view-failed]').count(), 0, view);
	}
	await page.waitForSelector('[data-table="coverage"], [data-panel="links"]');
	assert.deepEqual(errors, []);
	assert.equal(await page.getByRole('button', { name: 'Удалить все данные из браузера' }).count(), 1);
}

describe('data that repeat themselves', () => {
	test('a plan with two untargeted «Педагогический совет» rows: both listed, every view renders', async () => {
		const { page, errors } = await opened([...notPlan, fixture('plan-two-untargeted-pedsovet.csv')]);
		await everyViewRenders(page, errors);
		assert.equal(await page.locator('[data-panel="links"] tr[data-event="Педагогический совет"]').count(), 2);
		await goToView(page, 'План и соответствие');
		await page.waitForSelector('[data-table="coverage"]');
		assert.equal(await page.locator('[data-view-failed]').count(), 0);
		await page.context().close();
	});

	test('an event repeated in the plan: both rows kept, every view renders', async () => {
		const { page, errors } = await opened([...notPlan, fixture('plan-event-repeated.csv')]);
		await everyViewRenders(page, errors);
		assert.equal(
			await page.locator('[data-panel="links"] tr[data-event="Речевые игры в режимных моментах"]').count(),
			2
		);
		await goToView(page, 'План и соответствие');
		const speech = page.locator('[data-table="coverage"] tr[data-competency="Развитие речи детей"] li');
		assert.equal(
			(await speech.allTextContents()).filter((t) => t.includes('Речевые игры')).length,
			2,
			'the repeated event is listed twice under its competency'
		);
		await page.context().close();
	});

	test('the same file picked twice, and again later: loaded once, said so, every view renders', async () => {
		const { page, errors } = await opened([...samplePaths, samplePaths[1]]);
		await goToView(page, 'Данные и качество');
		assert.equal(await page.locator('tr[data-file]').count(), sampleNames.length);
		await page.setInputFiles('#file-input', samplePaths[1]);
		await page.waitForSelector('main[data-busy="false"] [data-testid="notice"]');
		assert.match(
			(await page.getByTestId('notice').textContent()) ?? '',
			new RegExp(`Уже в наборе, повторно не добавлено: «${sampleNames[1]}»`)
		);
		assert.equal(await page.locator('tr[data-file]').count(), sampleNames.length);
		await everyViewRenders(page, errors);
		await page.context().close();
	});

	test('an .xlsx with two sheets of one name: both sheets read, every view renders', async () => {
		const { page, errors } = await opened([fixture('outcomes-two-sheets-one-name.xlsx')]);
		await goToView(page, 'Данные и качество');
		assert.deepEqual(
			await page.locator('tr[data-file]').evaluateAll((rows) => rows.map((r) => r.dataset.file)),
			['outcomes-two-sheets-one-name.xlsx — Мониторинг', 'outcomes-two-sheets-one-name.xlsx — Мониторинг (2)']
		);
		for (const view of VIEWS) {
			await goToView(page, view);
			await page.waitForSelector('main[data-busy="false"]');
			assert.equal(await page.locator('[data-view-failed]').count(), 0, view);
		}
		assert.deepEqual(errors, []);
		await page.context().close();
	});
});

describe('a view that fails', () => {
	test('says so in words, keeps the data and «Удалить», and comes back with «Повторить»', async () => {
		const page = await (await newContext(app.browser)).newPage();
		// A fault no data can cause any more: rendering a coverage status throws while the flag is set.
		await page.addInitScript(() => {
			const set = Element.prototype.setAttribute;
			Element.prototype.setAttribute = function (name: string, value: string) {
				if (name === 'data-status' && (window as { breakCoverage?: boolean }).breakCoverage)
					throw new Error('injected fault');
				return set.call(this, name, value);
			};
		});
		await openApp(page, app.origin);
		await page.setInputFiles('#file-input', samplePaths);
		await settled(page);
		await page.evaluate(() => ((window as { breakCoverage?: boolean }).breakCoverage = true));
		await goToView(page, 'План и соответствие');
		const failed = page.locator('[data-view-failed]');
		await failed.waitFor();
		assert.match(
			(await failed.textContent()) ?? '',
			/Этот раздел не удалось показать\. Загруженные данные и ваши исправления целы/
		);
		assert.equal(await page.locator('main').getAttribute('data-busy'), 'false');
		await goToView(page, 'Данные и качество');
		assert.equal(await page.locator('tr[data-file]').count(), sampleNames.length);
		assert.equal(await page.getByRole('button', { name: 'Удалить все данные из браузера' }).count(), 1);

		await goToView(page, 'План и соответствие');
		await failed.waitFor();
		await page.evaluate(() => ((window as { breakCoverage?: boolean }).breakCoverage = false));
		await page.getByRole('button', { name: 'Повторить' }).click();
		await page.waitForSelector('[data-table="coverage"] tr[data-status]');
		assert.equal(await failed.count(), 0);
		await page.context().close();
	});
});
