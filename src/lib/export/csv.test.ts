import { describe, expect, it } from 'vitest';
import { parseRecords } from '../ingest/csv-head';
import { safeCell, toCsv } from './csv';

describe('CSV for Excel', () => {
	it('starts with a BOM, uses `;` and CRLF, and reads back to the same values', () => {
		const csv = toCsv(['Файл', 'Строка', 'Содержимое'], [['a.csv', 3, 'Иванов; "Ромашка"\nвторая строка']]);
		expect(csv.startsWith('\uFEFFФайл;Строка;Содержимое\r\n')).toBe(true);
		expect(parseRecords(csv.slice(1), ';').slice(0, 2)).toEqual([
			['Файл', 'Строка', 'Содержимое'],
			['a.csv', '3', 'Иванов; "Ромашка"\nвторая строка']
		]);
	});

	it('writes numbers as the locale reads them: decimal comma with `;`, point with `,`', () => {
		const rows = [['Старшая «Радуга», 6 лет', 56.9, -0.5, 21]];
		expect(parseRecords(toCsv(['Группа', 'Средний', 'Разница', 'Детей'], rows).slice(1), ';')[1]).toEqual([
			'Старшая «Радуга», 6 лет',
			'56,9',
			'-0,5',
			'21'
		]);
		expect(
			parseRecords(toCsv(['Группа', 'Средний', 'Разница', 'Детей'], rows, ',').slice(1), ',')[1]
		).toEqual(['Старшая «Радуга», 6 лет', '56.9', '-0.5', '21']);
	});

	it('neutralises cells Excel would run as formulas', () => {
		for (const text of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\t=1'])
			expect(safeCell(text)).toBe(`'${text}`);
		expect(safeCell('Иванова')).toBe('Иванова');
		expect(safeCell(-1)).toBe('-1');
	});

	it("quotes a rejected row's text that holds any list separator, so no locale splits a formula out of it", () => {
		// The other locale's separator is the one that bites: `,` in a `;` file, `;` in a `,` file, or a tab.
		for (const [delimiter, text] of [
			[';', "Иванов,=cmd|' /C calc'!A0"],
			[',', "Иванов;=cmd|' /C calc'!A0"],
			[';', "Иванов\t=cmd|' /C calc'!A0"]
		] as const) {
			const line = toCsv(['Содержимое'], [[text]], delimiter).split('\r\n')[1];
			expect(line).toBe(`"${text}"`);
			for (const other of [';', ','] as const) expect(parseRecords(line, other)[0]).toEqual([text]);
		}
	});
});
