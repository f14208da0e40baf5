import { describe, expect, it } from 'vitest';
import { encodeWindows1251 } from '../../../scripts/samples/cp1251';
import { decodeText, detectEncoding, transcodeToUtf8 } from './decode';
import { parseRecords, sniffDelimiter } from './csv-head';
import { detectKind } from './detect';
import { safeNames } from './shape';
import { parseDateSpan, parsePeriod } from './periods';

describe('encoding', () => {
	it('tells Windows-1251 from UTF-8 and honours a BOM', () => {
		const text = 'ФИО ребёнка;Группа';
		expect(detectEncoding(encodeWindows1251(text))).toBe('windows-1251');
		expect(detectEncoding(new TextEncoder().encode(text))).toBe('utf-8');
		expect(detectEncoding(new TextEncoder().encode('\uFEFF' + text))).toBe('utf-8-bom');
		expect(decodeText(encodeWindows1251(text), 'windows-1251')).toBe(text);
		expect(decodeText(new TextEncoder().encode('\uFEFF' + text), 'utf-8-bom')).toBe(text);
	});

	it('re-encodes Windows-1251 and UTF-16 to UTF-8 in chunks without splitting a character', async () => {
		const text = '№;ФИО ребёнка;«Группа»\r\n'.repeat(50);
		const utf8 = await transcodeToUtf8(encodeWindows1251(text), 'windows-1251', undefined, 7);
		expect(new TextDecoder().decode(utf8)).toBe(text);
		const utf16 = new Uint8Array([0xff, 0xfe, 0x16, 0x21, 0x41, 0x00]);
		expect(new TextDecoder().decode(await transcodeToUtf8(utf16, 'utf-16le', undefined, 3))).toBe('№A');
		expect(await transcodeToUtf8(new Uint8Array(), 'windows-1251')).toEqual(new Uint8Array());
	});

	it('re-encodes every Windows-1251 byte as the platform decoder reads it', async () => {
		// Each byte value three times, in chunks that end on every kind of byte.
		const bytes = Uint8Array.from({ length: 768 }, (_, i) => i % 256);
		const expected = new TextEncoder().encode(new TextDecoder('windows-1251').decode(bytes));
		for (const chunk of [1, 5, 256, 4096])
			expect(await transcodeToUtf8(bytes, 'windows-1251', undefined, chunk)).toEqual(expected);
	});

	it('does not take a multi-byte character cut at the end of the sample for Windows-1251', () => {
		const bytes = new TextEncoder().encode('Речевое');
		expect(detectEncoding(bytes.subarray(0, 3))).toBe('utf-8');
	});
});

describe('delimiter and records', () => {
	it('prefers the consistent delimiter over commas inside a Russian header', () => {
		expect(sniffDelimiter('"Фамилия, имя";Группа;Балл\nИванов;Ромашка;2,5\n')).toBe(';');
		expect(sniffDelimiter('Отметка времени,"Фамилия, имя",Должность\n1,"Иванова, А",воспитатель\n')).toBe(
			','
		);
		expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
	});

	it('keeps delimiters, quotes and line breaks inside quoted fields', () => {
		expect(parseRecords('a;"b;""c""\nd";e\r\n1;2;3', ';')).toEqual([
			['a', 'b;"c"\nd', 'e'],
			['1', '2', '3']
		]);
	});
});

describe('dates and periods', () => {
	it('reads days, ISO dates and months with or without a year', () => {
		expect(parseDateSpan('14.11.2025')).toEqual({ from: '2025-11-14', to: '2025-11-14' });
		expect(parseDateSpan('2026-02-28')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
		expect(parseDateSpan('январь 2026 г.')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
		expect(parseDateSpan('Февраль 2028')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
		expect(parseDateSpan('Октябрь', 2025)).toEqual({ from: '2025-10-01', to: '2025-10-31' });
		expect(parseDateSpan('Март', 2025)).toEqual({ from: '2026-03-01', to: '2026-03-31' });
	});

	it('reads Excel serial days and «в течение года» as the school year', () => {
		// 45658 is 1 January 2025 in Excel.
		expect(parseDateSpan('45972')).toEqual({ from: '2025-11-11', to: '2025-11-11' });
		expect(parseDateSpan('В течение года', 2025)).toEqual({ from: '2025-09-01', to: '2026-05-31' });
	});

	it('refuses what is not a date', () => {
		for (const text of [
			'31.02.2026',
			'Октябрь',
			'в течение года',
			'2026-13-01',
			'май или июнь 2026',
			'123'
		]) {
			expect(parseDateSpan(text)).toBeNull();
		}
	});

	it('orders phases and dated periods', () => {
		expect(parsePeriod('Начало года')!.order).toBeLessThan(parsePeriod('Конец года')!.order);
		expect(parsePeriod('Сентябрь 2025')!.order).toBeLessThan(parsePeriod('Май 2026')!.order);
		expect(parsePeriod('что-то')).toBeNull();
	});
});

describe('kind detection', () => {
	it('recognises the four kinds from Russian headers', () => {
		expect(
			detectKind([
				'№',
				'ФИО ребёнка',
				'Группа',
				'Период',
				'Речевое развитие',
				'Физическое развитие',
				'Итоговый показатель'
			])
		).toMatchObject({ kind: 'outcomes', roles: { areas: ['Речевое развитие', 'Физическое развитие'] } });
		expect(detectKind(['Отметка времени', 'Фамилия, имя, отчество', 'Должность', 'Оцените [ИКТ]']).kind).toBe(
			'survey'
		);
		expect(detectKind(['Мероприятие', 'Форма работы', 'Сроки', 'Ответственный', 'Участники']).kind).toBe(
			'plan'
		);
		expect(detectKind(['ФИО', 'Должность', 'Группа', 'Образовательная область']).kind).toBe('roster');
	});

	it('takes an age column as the group age, never as an area: a parallel of numbers is no score', () => {
		const d = detectKind(
			['Ученик', 'Класс', 'Параллель', 'Период', 'Алгебра'],
			[['Иванов', '5А', '5', 'I четверть', '4']]
		);
		expect(d.roles).toMatchObject({ age: 'Параллель', areas: ['Алгебра'] });
		expect(detectKind(['ФИО ребёнка', 'Группа', 'Возраст группы', 'Речевое развитие']).roles.age).toBe(
			'Возраст группы'
		);
	});

	it('says it does not know rather than guessing', () => {
		expect(detectKind(['Товар', 'Цена', 'Количество'])).toEqual({ kind: null, confidence: 0, roles: {} });
	});
});

describe('header names', () => {
	it('number repeats after the name, past a column already named so, and never take a loader’s name', () => {
		expect(safeNames(['Балл', 'Балл (2)', 'Балл', 'Балл', '', '_row', '_child'])).toEqual([
			'Балл',
			'Балл (2)',
			'Балл (3)',
			'Балл (4)',
			'column5',
			'_row (6)',
			'_child (7)'
		]);
	});

	it('a data row of a thousand repeated digits is named at once', () => {
		const row = Array.from({ length: 2000 }, (_, i) => String(i % 4));
		const start = performance.now();
		const names = safeNames(row);
		expect(performance.now() - start).toBeLessThan(50);
		expect(new Set(names).size).toBe(2000);
		expect(names.slice(0, 5)).toEqual(['0', '1', '2', '3', '0 (2)']);
		expect(names.at(-1)).toBe('3 (500)');
	});
});
