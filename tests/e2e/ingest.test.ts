import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useBuiltApp, newContext, openApp, viewReady, watchForeignRequests } from './browser';

const FIXTURES = new URL('../../src/lib/ingest/fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

const app = useBuiltApp();

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

async function counts(page: Page, name: string) {
	if ((await page.locator('main').getAttribute('data-view')) !== 'quality') {
		await page.getByRole('navigation').getByRole('link', { name: 'Данные и качество' }).click();
	}
	const row = page.locator(`tr[data-file="${name}"]`);
	const read = async (which: string) => digits(await row.locator(`[data-count="${which}"]`).textContent());
	return {
		kind: await row.getAttribute('data-kind'),
		in: await read('in'),
		loaded: await read('loaded'),
		rejected: await read('rejected')
	};
}

/** Wait for the page to finish a load or a correction. */
async function settled(page: Page) {
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]', { timeout: 60_000 });
}

/** The chart's numbers as its aria-label states them, read on the outcomes view. */
async function chartText(page: Page, id: string) {
	if ((await page.locator('main').getAttribute('data-view')) !== 'outcomes') {
		await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
	}
	// The view's answer to the current data, drawn: after a correction the old chart stays until it comes.
	await viewReady(page);
	await page.waitForSelector(`[data-chart="${id}"] [data-echarts-ready="true"]`);
	return page.locator(`[data-chart="${id}"] .chart`).getAttribute('aria-label');
}
const toQuality = (page: Page) =>
	page.getByRole('navigation').getByRole('link', { name: 'Данные и качество' }).click();

async function upload(page: Page, names: string[]) {
	await page.setInputFiles('#file-input', names.map(fixture));
	await settled(page);
}

describe('ingestion through the page', () => {
	test('a Windows-1251 CSV and an .xlsx workbook load through the file input, every sheet of outcomes read; a sheet chosen on request', async () => {
		const page = await (await newContext(app.browser)).newPage();
		const foreign = watchForeignRequests(page, app.origin);
		await openApp(page, app.origin);
		await upload(page, ['cp1251-semicolon-decimal-comma.csv', 'outcomes-two-sheets-title-row.xlsx']);

		assert.deepEqual(await counts(page, 'cp1251-semicolon-decimal-comma.csv'), {
			kind: 'outcomes',
			in: 3,
			loaded: 3,
			rejected: 0
		});
		// The workbook's two sheets of outcomes (September, May) are two entries, each accounted for.
		const september = 'outcomes-two-sheets-title-row.xlsx — Сентябрь';
		const may = 'outcomes-two-sheets-title-row.xlsx — Май';
		assert.deepEqual(await counts(page, september), { kind: 'outcomes', in: 3, loaded: 2, rejected: 1 });
		assert.deepEqual(await counts(page, may), { kind: 'outcomes', in: 3, loaded: 2, rejected: 1 });
		assert.match(
			(await page.locator(`tr[data-file="${september}"]`).textContent()) ?? '',
			/Excel \(«Сентябрь»\)/
		);
		assert.match(
			(await chartText(page, 'outcomes-by-area')) ?? '',
			// A month sorts by its last day (as school terms do), so «Сентябрь 2025» comes after 15.09.2025.
			/Речевое развитие: 15\.09\.2025 — 1,75, Сентябрь 2025 — 1,88, 20\.05\.2026 — 2,5/
		);

		await toQuality(page);
		await page.locator(`tr[data-file="${september}"] button`).click();
		await page.getByLabel('Лист').selectOption('Май');
		await settled(page);
		assert.match((await page.locator(`tr[data-file="${september}"]`).textContent()) ?? '', /Excel \(«Май»\)/);
		assert.doesNotMatch((await chartText(page, 'outcomes-by-area')) ?? '', /15\.09\.2025/);
		assert.deepEqual(foreign, []);
	});

	test('a correction of the roles applies at once: an area column taken out leaves the chart', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		await upload(page, ['cp1251-semicolon-decimal-comma.csv']);
		assert.match((await chartText(page, 'outcomes-by-area')) ?? '', /Познавательное развитие/);

		await toQuality(page);
		await page.locator('tr[data-file="cp1251-semicolon-decimal-comma.csv"] button').click();
		await page
			.getByRole('group', { name: 'Столбцы областей с баллами' })
			.getByLabel('Познавательное развитие')
			.uncheck();
		await page.getByRole('button', { name: 'Применить' }).click();
		await settled(page);
		const text = (await chartText(page, 'outcomes-by-area')) ?? '';
		assert.match(text, /Речевое развитие/);
		assert.doesNotMatch(text, /Познавательное развитие/);
		await toQuality(page);
		assert.match(
			(await page.locator('tr[data-file="cp1251-semicolon-decimal-comma.csv"]').textContent()) ?? '',
			/исправлено вручную/
		);
	});

	test('rejected rows are listed with reasons, filtered, and downloaded as a CSV Excel opens', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		await upload(page, ['totals-blanks-and-bad-rows.csv']);
		assert.deepEqual(await counts(page, 'totals-blanks-and-bad-rows.csv'), {
			kind: 'outcomes',
			in: 11,
			loaded: 2,
			rejected: 9
		});

		const panel = page.locator('[data-panel="rejects"]');
		await panel.locator('tbody tr').first().waitFor();
		assert.equal(await panel.locator('tbody tr').count(), 9);
		await panel.getByLabel('Причина').selectOption({ label: 'балл не число' });
		await page.waitForFunction(
			() => document.querySelectorAll('[data-panel="rejects"] tbody tr').length === 1
		);
		assert.match(
			(await panel.locator('tbody tr').textContent()) ?? '',
			/8.*балл не число.*Титов Лев;Ромашка;Сентябрь 2025;два;2/
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			panel.locator('[data-export="csv"]').click()
		]);
		const csv = readFileSync(await download.path(), 'utf8');
		assert.ok(csv.startsWith('\uFEFFФайл;Строка;Причина;Содержимое строки\r\n'));
		assert.match(
			csv,
			/totals-blanks-and-bad-rows\.csv;8;балл не число;"Титов Лев;Ромашка;Сентябрь 2025;два;2"\r\n$/
		);
	});

	test('a row with an extra field is one rejected row, not an unreadable file, and blank lines keep the numbers real', async () => {
		const page = await (await newContext(app.browser)).newPage();
		await openApp(page, app.origin);
		// UTF-8: DuckDB reads the dropped file in place while the page scans it for blank lines.
		await upload(page, ['outcomes-blank-lines-crlf.csv', 'outcomes-extra-field-row.csv']);
		assert.deepEqual(await counts(page, 'outcomes-blank-lines-crlf.csv'), {
			kind: 'outcomes',
			in: 7,
			loaded: 3,
			rejected: 4
		});
		assert.deepEqual(await counts(page, 'outcomes-extra-field-row.csv'), {
			kind: 'outcomes',
			in: 3,
			loaded: 2,
			rejected: 1
		});
		const panel = page.locator('[data-panel="rejects"]');
		await panel.locator('tbody tr').first().waitFor();
		await panel
			.getByLabel('Причина')
			.selectOption({ label: 'в строке больше ячеек, чем в заголовке: лишний разделитель' });
		await page.waitForFunction(
			() => document.querySelectorAll('[data-panel="rejects"] tbody tr').length === 2
		);
		const rows = await panel.locator('tbody tr').allTextContents();
		assert.ok(
			rows.some((r) => /outcomes-blank-lines-crlf\.csv.*7.*Дронов Олег/.test(r)),
			rows.join('\n')
		);
		assert.ok(
			rows.some((r) => /outcomes-extra-field-row\.csv.*3.*Волков Иван/.test(r)),
			rows.join('\n')
		);
	});

	test('a hostile file name and hostile cells stay text', async () => {
		const page = await (await newContext(app.browser)).newPage();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await openApp(page, app.origin);
		await page.setInputFiles('#file-input', {
			name: '<img src=x onerror=alert(1)>.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'ФИО ребёнка;Группа;Период;Речевое развитие\n<img src=x onerror=alert(2)>;<b>Г</b>;Май 2026;2\n;;;\n'
			)
		});
		await settled(page);
		await toQuality(page);
		assert.equal(await page.locator('main img').count(), 0);
		assert.match(
			(await page.locator('table.files').textContent()) ?? '',
			/<img src=x onerror=alert\(1\)>\.csv/
		);
		assert.deepEqual(dialogs, []);
	});
});
