import { describe, expect, it } from 'vitest';
import { detectKind } from './detect';
import { ageBandIn, periodLabel, readContext, twoRowHeader } from './layout';
import { parsePeriod } from './periods';

const pupils = [
	['Абрамов Артём', 'Ромашка', '2', '3'],
	['Белова Варвара', 'Ромашка', '1', '2']
];

describe('child columns in the usual spellings', () => {
	for (const header of [
		'Ф.И. ребенка',
		'Ф.И.О. ребёнка',
		'Фамилия, имя ребенка',
		'ФИО воспитанника',
		'Ученик',
		'Обучающийся',
		'Код участника'
	]) {
		it(`«${header}» with score columns is outcomes, never a staff roster`, () => {
			const d = detectKind([header, 'Группа', 'Речевое развитие', 'Алгебра'], pupils);
			expect(d.kind).toBe('outcomes');
			expect(d.roles.child).toBe(header);
			expect(d.roles.areas).toEqual(['Речевое развитие', 'Алгебра']);
		});
	}

	it("a journal's plain «ФИО» over marks is the pupil; a staff table with a position and years is not outcomes", () => {
		const journal = detectKind(['ФИО', 'Класс', 'Алгебра', 'Физика'], [['Иванов Пётр', '7А', '4', '5']]);
		expect(journal).toMatchObject({
			kind: 'outcomes',
			roles: { child: 'ФИО', areas: ['Алгебра', 'Физика'] }
		});
		const staff = detectKind(
			['ФИО', 'Должность', 'Группа', 'Стаж'],
			[['Петрова О.Н.', 'воспитатель', 'Ромашка', '12']]
		);
		expect(staff.kind).toBe('roster');
	});

	it('a column of text is not an outcome, whatever its values look like elsewhere', () => {
		const d = detectKind(['Ученик', 'Класс', 'Комментарий', 'Биология'], [['Иванов', '5А', 'болел', '4']]);
		expect(d.roles.areas).toEqual(['Биология']);
		expect(d.unused).toEqual([{ column: 'Комментарий', reason: 'unmatched' }]);
	});
});

describe('context from title rows, sheet and file names', () => {
	it('a ФИС ОКО header: subject, parallel, year, date and maximum', () => {
		const items = readContext(
			[
				['Индивидуальные результаты'],
				[''],
				['ВПР 2026 Русский язык 4 класс'],
				['Предмет:', 'Русский язык'],
				['Максимальный первичный балл:', '24'],
				['Дата:', '20.04.2026']
			],
			'РУ 4 Индивидуальные результаты',
			'Ф1_Индивидуальные результаты.xlsx'
		);
		expect(items.filter((i) => i.source === 'title').map((i) => [i.key, i.value, i.row])).toEqual([
			['subject', 'Русский язык', 3],
			['parallel', '4', 3],
			['year', '2026', 3],
			['subject', 'Русский язык', 4],
			['max', '24', 5],
			['date', '20.04.2026', 6]
		]);
		expect(items.find((i) => i.source === 'sheet')).toMatchObject({ key: 'subject', value: 'Русский язык' });
	});

	it('a group named in one row and its age in another make one name, the same the file name gives', () => {
		const card = readContext(
			[
				[
					'Диагностика педагогического процесса во второй младшей группе (с 3 до 4 лет) на 2025 / 2026 учебный год'
				],
				['Группа «Ромашка»'],
				['Образовательная область «Познавательное развитие»']
			],
			undefined,
			'x.xlsx'
		);
		const file = readContext([], undefined, 'Диагностика 2 мл. гр. Ромашка 2025-2026.xlsx');
		const group = (items: typeof card) =>
			items.filter((i) => i.key === 'group' && /«/.test(i.value))[0]?.value;
		expect(group(card)).toBe('Вторая младшая группа «Ромашка»');
		expect(group(file)).toBe('Вторая младшая группа «Ромашка»');
		expect(card.find((i) => i.key === 'area')?.value).toBe('Познавательное развитие');
		expect(card.find((i) => i.key === 'year')?.value).toBe('2025/2026');
	});

	it('age bands in the ways groups are written', () => {
		expect(ageBandIn('2 мл. гр.')).toBe('Вторая младшая');
		expect(ageBandIn('Первая младшая группа')).toBe('Первая младшая');
		expect(ageBandIn('ср. гр. «Пчёлки»')).toBe('Средняя');
		expect(ageBandIn('Подготовительная к школе группа')).toBe('Подготовительная');
		expect(ageBandIn('Группа «Ромашка»')).toBeUndefined();
	});
});

describe('two header rows', () => {
	it('periods under merged area cells join the area; a row of scores is data, not a header', () => {
		expect(twoRowHeader(['ФИО', 'Речь', '', 'Итог'], ['', 'н.г.', 'к.г.', ''])).toEqual([
			'ФИО',
			'Речь | н.г.',
			'Речь | к.г.',
			'Итог'
		]);
		expect(twoRowHeader(['ФИО', 'Речь', 'Физо'], ['Иванов', '2', '3'])).toBeUndefined();
	});

	it('school terms under subjects make a grade sheet of terms, each a period the school year orders', () => {
		const joined = twoRowHeader(['Ученик', 'Алгебра', '', ''], ['', 'I четв.', '2-я четверть', 'Год']);
		expect(joined).toEqual(['Ученик', 'Алгебра | I четв.', 'Алгебра | 2-я четверть', 'Алгебра | Год']);
		const orders = joined!.slice(1).map((c) => parsePeriod(periodLabel(c.split(' | ')[1]))!.order);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
	});

	it('period words read in the school year of the file', () => {
		expect(periodLabel('сент.', '2025/2026')).toBe('Сентябрь 2025');
		expect(periodLabel('май', '2025/2026')).toBe('Май 2026');
		expect(periodLabel('н.г.')).toBe('Начало года');
		expect(periodLabel('к.г.', '2025/2026')).toBe('Конец года');
	});
});
