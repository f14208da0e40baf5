import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeWindows1251 } from '../../scripts/samples/cp1251';
import { chartLabel, download, expect, fileCounts, goToView, settled, test } from './harness';

const FIXTURES = new URL('../../src/lib/ingest/fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;

/** A file's counts, read on «Данные и качество». */
async function counts(page: Page, name: string) {
	if ((await page.locator('main').getAttribute('data-view')) !== 'quality')
		await goToView(page, 'Данные и качество');
	return fileCounts(page, name);
}

/** The chart's numbers as its aria-label states them, read on the outcomes view. */
async function chartText(page: Page, id: string) {
	if ((await page.locator('main').getAttribute('data-view')) !== 'outcomes')
		await goToView(page, 'Результаты детей');
	// The view's answer to the current data, drawn: after a correction the old chart stays until it comes.
	return chartLabel(page, id);
}
const toQuality = (page: Page) => goToView(page, 'Данные и качество');

async function upload(page: Page, names: string[]) {
	await page.setInputFiles('#file-input', names.map(fixture));
	await settled(page);
}

test.describe('ingestion through the page', () => {
	test('a Windows-1251 CSV and an .xlsx workbook load through the file input, every sheet of outcomes read; a sheet chosen on request', async ({
		app: page,
		foreign
	}) => {
		await upload(page, ['cp1251-semicolon-decimal-comma.csv', 'outcomes-two-sheets-title-row.xlsx']);

		expect(await counts(page, 'cp1251-semicolon-decimal-comma.csv')).toEqual({
			kind: 'outcomes',
			in: 3,
			loaded: 3,
			rejected: 0
		});
		// The workbook's two sheets of outcomes (September, May) are two entries, each accounted for.
		const september = 'outcomes-two-sheets-title-row.xlsx — Сентябрь';
		const may = 'outcomes-two-sheets-title-row.xlsx — Май';
		expect(await counts(page, september)).toEqual({ kind: 'outcomes', in: 3, loaded: 2, rejected: 1 });
		expect(await counts(page, may)).toEqual({ kind: 'outcomes', in: 3, loaded: 2, rejected: 1 });
		await expect(page.locator(`tr[data-file="${september}"]`)).toHaveText(/Excel \(«Сентябрь»\)/);
		expect(await chartText(page, 'outcomes-by-area')).toMatch(
			// A month sorts by its last day (as school terms do), so «Сентябрь 2025» comes after 15.09.2025.
			// Means on the 0–3 scale (1,75; 1,875; 2,5) in % of it, the page's one scale.
			/Речевое развитие: 15\.09\.2025 — 58 %, Сентябрь 2025 — 63 %, 20\.05\.2026 — 83 %/
		);

		await toQuality(page);
		await page.locator(`tr[data-file="${september}"] button`).click();
		await page.getByLabel('Лист').selectOption('Май');
		await settled(page);
		await expect(page.locator(`tr[data-file="${september}"]`)).toHaveText(/Excel \(«Май»\)/);
		expect(await chartText(page, 'outcomes-by-area')).not.toMatch(/15\.09\.2025/);
		expect(foreign).toEqual([]);
	});

	test('a correction of the roles applies at once: an area column taken out leaves the chart', async ({
		app: page
	}) => {
		await upload(page, ['cp1251-semicolon-decimal-comma.csv']);
		expect(await chartText(page, 'outcomes-by-area')).toMatch(/Познавательное развитие/);

		await toQuality(page);
		// The format in people's words: the code page's name and the delimiter.
		await expect(page.locator('tr[data-file="cp1251-semicolon-decimal-comma.csv"]')).toContainText(
			'CSV, Windows-1251, разделитель «;»'
		);
		await page.locator('tr[data-file="cp1251-semicolon-decimal-comma.csv"] button').click();
		await page
			.getByRole('group', { name: 'Столбцы областей с баллами' })
			.getByLabel('Познавательное развитие')
			.uncheck();
		await page.getByRole('button', { name: 'Применить' }).click();
		await settled(page);
		const text = await chartText(page, 'outcomes-by-area');
		expect(text).toMatch(/Речевое развитие/);
		expect(text).not.toMatch(/Познавательное развитие/);
		await toQuality(page);
		await expect(page.locator('tr[data-file="cp1251-semicolon-decimal-comma.csv"]')).toHaveText(
			/исправлено вручную/
		);
	});

	test('rejected rows are listed with reasons, filtered, and downloaded as a CSV Excel opens', async ({
		app: page
	}) => {
		await upload(page, ['totals-blanks-and-bad-rows.csv']);
		expect(await counts(page, 'totals-blanks-and-bad-rows.csv')).toEqual({
			kind: 'outcomes',
			in: 11,
			loaded: 2,
			rejected: 9
		});

		const panel = page.locator('[data-panel="rejects"]');
		await expect(panel.locator('tbody tr')).toHaveCount(9);
		await panel.getByLabel('Причина').selectOption({ label: 'балл не число' });
		await expect(panel.locator('tbody tr')).toHaveCount(1);
		await expect(panel.locator('tbody tr')).toHaveText(
			/8.*балл не число.*Титов Лев;Ромашка;Сентябрь 2025;два;2/
		);

		const csvDownload = await download(page, () => panel.locator('[data-export="csv"]').click());
		const csv = readFileSync(await csvDownload.path(), 'utf8');
		expect(csv.startsWith('\uFEFFФайл;Строка;Причина;Содержимое строки\r\n')).toBe(true);
		expect(csv).toMatch(
			/totals-blanks-and-bad-rows\.csv;8;балл не число;"Титов Лев;Ромашка;Сентябрь 2025;два;2"\r\n$/
		);
	});

	test('a row with an extra field is one rejected row, not an unreadable file, and blank lines keep the numbers real', async ({
		app: page
	}) => {
		// UTF-8: DuckDB reads the dropped file in place while the page scans it for blank lines.
		await upload(page, ['outcomes-blank-lines-crlf.csv', 'outcomes-extra-field-row.csv']);
		expect(await counts(page, 'outcomes-blank-lines-crlf.csv')).toEqual({
			kind: 'outcomes',
			in: 7,
			loaded: 3,
			rejected: 4
		});
		expect(await counts(page, 'outcomes-extra-field-row.csv')).toEqual({
			kind: 'outcomes',
			in: 3,
			loaded: 2,
			rejected: 1
		});
		const panel = page.locator('[data-panel="rejects"]');
		await expect(panel.locator('tbody tr').first()).toBeVisible();
		await panel
			.getByLabel('Причина')
			.selectOption({ label: 'в строке больше ячеек, чем в заголовке: лишний разделитель' });
		await expect(panel.locator('tbody tr')).toHaveCount(2);
		const rows = await panel.locator('tbody tr').allTextContents();
		expect(
			rows.some((r) => /outcomes-blank-lines-crlf\.csv.*7.*Дронов Олег/.test(r)),
			rows.join('\n')
		).toBe(true);
		expect(
			rows.some((r) => /outcomes-extra-field-row\.csv.*3.*Волков Иван/.test(r)),
			rows.join('\n')
		).toBe(true);
	});

	test('Windows-1251: blank lines and a quote left open are rejected at their lines, a large file re-encoded off the page too', async ({
		app: page
	}) => {
		// The re-encoded bytes go to DuckDB's worker and are gone from the page: they are scanned before,
		// here (a small file) or in the re-encoding worker (past 2 MB). Both once lost every blank line.
		const header = 'ФИО ребёнка;Группа;Период;Речевое развитие;Познавательное развитие\r\n';
		const row = (i: number) => `Ребёнок ${i};Ягодка;Сентябрь 2025;2;3\r\n`;
		const rows = (from: number, to: number) =>
			Array.from({ length: to - from }, (_, i) => row(from + i)).join('');
		const small = header + rows(1, 3) + '\r\n' + rows(3, 4);
		// 70 000 children (2,6 MB), a blank line at line 30 002, and the last record's quote never closed.
		const large =
			header +
			rows(1, 30_001) +
			'\r\n' +
			rows(30_001, 70_001) +
			'"Ребёнок без кавычки;Ягодка;Сентябрь 2025;1;1\r\n';
		expect(large.length).toBeGreaterThan(2 << 20);
		const transcoders: string[] = [];
		page.on('worker', (w) => (w.url().includes('transcode') ? transcoders.push(w.url()) : undefined));
		await page.setInputFiles('#file-input', [
			{ name: 'пустая-строка-1251.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeWindows1251(small)) },
			{ name: 'большой-1251.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeWindows1251(large)) }
		]);
		await settled(page);
		expect(await counts(page, 'пустая-строка-1251.csv')).toEqual({
			kind: 'outcomes',
			in: 4,
			loaded: 3,
			rejected: 1
		});
		expect(await counts(page, 'большой-1251.csv')).toEqual({
			kind: 'outcomes',
			in: 70_002,
			loaded: 70_000,
			rejected: 2
		});
		// The large one, and only it, was re-encoded in a worker.
		expect(transcoders).toHaveLength(1);
		const panel = page.locator('[data-panel="rejects"]');
		await expect(panel.locator('tbody tr')).toHaveCount(3);
		const rejected = await panel.locator('tbody tr').allTextContents();
		for (const expected of [
			/пустая-строка-1251\.csv.*4.*пустая строка/,
			/большой-1251\.csv.*30.?002.*пустая строка/,
			/большой-1251\.csv.*70.?003.*кавычка открыта.*Ребёнок без кавычки/
		])
			expect(
				rejected.some((r) => expected.test(r)),
				`${expected}\n${rejected.join('\n')}`
			).toBe(true);
	});

	test('a hostile file name and hostile cells stay text', async ({ app: page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.setInputFiles('#file-input', {
			name: '<img src=x onerror=alert(1)>.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'ФИО ребёнка;Группа;Период;Речевое развитие\n<img src=x onerror=alert(2)>;<b>Г</b>;Май 2026;2\n;;;\n'
			)
		});
		await settled(page);
		await toQuality(page);
		await expect(page.locator('main img')).toHaveCount(0);
		await expect(page.locator('table.files')).toContainText('<img src=x onerror=alert(1)>.csv');
		expect(dialogs).toEqual([]);
	});
});
