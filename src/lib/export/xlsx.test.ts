import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx';

describe('XLSX tables', () => {
	it('write a workbook that reads back with the same values, formulas neutralised', async () => {
		const blob = await toXlsx(
			'Соответствие: план/дефициты',
			['Компетенция', 'Педагогов', 'Формула?'],
			[
				['Развитие речи детей', 10, '=HYPERLINK("http://x")'],
				['ИКТ', 11, null]
			]
		);
		const [sheet] = await readXlsxFile(await blob.arrayBuffer());
		expect(sheet.sheet).toBe('Соответствие  план дефициты');
		expect(sheet.data).toEqual([
			['Компетенция', 'Педагогов', 'Формула?'],
			['Развитие речи детей', 10, `'=HYPERLINK("http://x")`],
			['ИКТ', 11, null]
		]);
	});
});
