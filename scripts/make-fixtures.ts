/**
 * Writes the ingestion fixture corpus (src/lib/ingest/fixtures/): one small file per quirk of real
 * exports, named after the quirk. `npx tsx scripts/make-fixtures.ts`; the files are checked in, and
 * src/lib/ingest/fixtures.test.ts holds what each must load as.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { encodeWindows1251 } from './samples/cp1251';

const DIR = new URL('../src/lib/ingest/fixtures/', import.meta.url);
mkdirSync(DIR, { recursive: true });
const utf8 = (text: string) => new TextEncoder().encode(text);
const write = (name: string, bytes: Uint8Array) => writeFileSync(new URL(name, DIR), bytes);
const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';

write(
	'cp1251-semicolon-decimal-comma.csv',
	encodeWindows1251(
		lines(
			'ФИО ребёнка;Группа;Период;Речевое развитие;Познавательное развитие',
			'Белов Артём;Ромашка;Сентябрь 2025;1,5;2',
			'Белова Алиса;Ромашка;Сентябрь 2025;2,25;1,75',
			'Белов Артём;Ромашка;Май 2026;2,5;2,5'
		)
	)
);

write(
	'utf8-bom-comma-roster.csv',
	utf8(
		'\uFEFF' +
			lines(
				'ФИО,Должность,Группа,Область',
				'Иванова А.А.,воспитатель,Ромашка,все',
				'Петров П.П.,инструктор по физической культуре,все,Физическое развитие'
			)
	)
);

// Excel's «Текст в Юникоде»: UTF-16 LE with a BOM, tab-separated.
const utf16 =
	'\uFEFF' +
	lines('Мероприятие\tФорма\tСроки\tУчастники', 'Семинар «Игра»\tсеминар-практикум\tОктябрь 2025\tвсе');
const utf16Bytes = new Uint8Array(utf16.length * 2);
for (let i = 0; i < utf16.length; i++) {
	utf16Bytes[2 * i] = utf16.charCodeAt(i) & 0xff;
	utf16Bytes[2 * i + 1] = utf16.charCodeAt(i) >> 8;
}
write('utf16le-bom-tab-plan.txt', utf16Bytes);

write(
	'quoted-delimiters-quotes-newlines-plan.csv',
	utf8(
		lines(
			'Мероприятие;Форма;Сроки;Участники;Компетенция',
			'"Мастер-класс ""Мнемотехника""; часть 1";мастер-класс;14.11.2025;"Иванова А.А.; Петрова Б.Б.";Развитие речи',
			'"Круглый стол:\r\nитоги полугодия";круглый стол;2026-01-20;все;'
		)
	)
);

write(
	'title-rows-above-header.csv',
	encodeWindows1251(
		lines(
			'Мониторинг образовательного процесса 2025/26;;;;',
			'МБДОУ № 17;;;;',
			';;;;',
			'ФИО ребёнка;Группа;Период;Речевое развитие;Физическое развитие',
			'Белов Артём;Ромашка;Начало года;1;2',
			'Белова Алиса;Ромашка;Конец года;2;3'
		)
	)
);

write(
	'totals-blanks-and-bad-rows.csv',
	encodeWindows1251(
		lines(
			'ФИО ребёнка;Группа;Период;Речевое развитие;Физическое развитие',
			'Белов Артём;Ромашка;Сентябрь 2025;1,5;2',
			';;;;',
			';Ромашка;Сентябрь 2025;2;2',
			'Белова Алиса;;Сентябрь 2025;2;2',
			'Гусев Иван;Ромашка;;2;2',
			'Гусева Анна;Ромашка;весной;2;2',
			'Титов Лев;Ромашка;Сентябрь 2025;два;2',
			'Титова Ева;Ромашка;Сентябрь 2025;-1;2',
			'Орехов Марк;Ромашка;Сентябрь 2025;;',
			'Итого по группе;;;1,8;2',
			'  Жуков Фёдор ;Ромашка;Сентябрь 2025; 2,5 ;2'
		)
	)
);

write(
	'long-outcomes-level-words.csv',
	utf8(
		lines(
			'Ребёнок;Группа;Период;Образовательная область;Уровень',
			'Белов Артём;Ромашка;Начало года;Речевое развитие;низкий',
			'Белов Артём;Ромашка;Конец года;Речевое развитие;Средний',
			'Белова Алиса;Ромашка;Начало года;Речевое развитие;Н',
			'Белова Алиса;Ромашка;Конец года;Речевое развитие;В',
			'Белова Алиса;Ромашка;Конец года;Физическое развитие;сформирован',
			'Белов Артём;Ромашка;Конец года;Физическое развитие;частично сформирован',
			'Белов Артём;Ромашка;Начало года;Физическое развитие;не сформирован',
			'Белова Алиса;Ромашка;Начало года;Физическое развитие;отлично'
		)
	)
);

write(
	'survey-long-numeric-1-5.csv',
	utf8(
		lines(
			'Педагог;Компетенция;Балл;Дата',
			'Иванова Анна Андреевна;ИКТ;2;01.10.2025',
			'Иванова Анна Андреевна;Речь;5;01.10.2025',
			'Петрова Бэлла Борисовна;ИКТ;4;01.10.2025',
			'Петрова Бэлла Борисовна;ИКТ;1;02.10.2025',
			'Петрова Бэлла Борисовна;Речь;;01.10.2025'
		)
	)
);

write(
	'survey-forms-two-questions-per-competency.csv',
	utf8(
		lines(
			'Отметка времени,ФИО,Должность,Знаю [ИКТ],Умею [ИКТ],Знаю [Речь],Умею [Речь]',
			'01.10.2025 10:00:00,Иванова Анна Андреевна,воспитатель,Не владею,Частично владею,Владею,Владею в совершенстве',
			'01.10.2025 11:00:00,Петрова Бэлла Борисовна,воспитатель,Владею,Частично владею,Владею,Владею',
			'03.10.2025 09:00:00,Петрова Бэлла Борисовна,воспитатель,Владею в совершенстве,Владею,Владею,Владею',
			'01.10.2025 12:00:00,Сидорова Вера Викторовна,воспитатель,Владею,затрудняюсь,Владею,Владею'
		)
	)
);

write(
	'plan-dates-mixed.csv',
	utf8(
		lines(
			'Мероприятие;Форма;Сроки;Часы',
			'Семинар;семинар-практикум;14.11.2025;2',
			'Вебинар;вебинар;2026-02-03;1,5',
			'Мастер-класс;мастер-класс;45972;2',
			'Круглый стол;круглый стол;Октябрь;1',
			'Педсовет;педсовет;январь 2026 г.;',
			'Наставничество;ПОС;в течение года;10',
			'Квест;квест;когда-нибудь;1',
			'Коучинг;коучинг-сессия;Март 2026;два часа'
		)
	)
);

// A workbook as a methodist keeps it: a title row, then a sheet per period.
const header = ['ФИО ребёнка', 'Группа', 'Дата диагностики', 'Речевое развитие', 'Физическое развитие'].map(
	(value) => ({ value })
);
const sheet = (period: string, date: Date, scores: number[][]) => [
	[{ value: `Мониторинг: ${period}` }],
	header,
	...scores.map((s, i) => [
		{ value: ['Белов Артём', 'Белова Алиса'][i] },
		{ value: 'Ромашка' },
		{ value: date, type: Date, format: 'dd.mm.yyyy' },
		{ value: s[0] },
		{ value: s[1] }
	])
];
const workbook = await writeXlsxFile([
	{
		sheet: 'Сентябрь',
		data: sheet('сентябрь', new Date(Date.UTC(2025, 8, 15)), [
			[1.5, 2],
			[2, 2.5]
		])
	},
	{
		sheet: 'Май',
		data: sheet('май', new Date(Date.UTC(2026, 4, 20)), [
			[2.5, 3],
			[2.5, 3]
		])
	}
] as never).toBuffer();
write('outcomes-two-sheets-title-row.xlsx', new Uint8Array(workbook));
console.log('fixtures written to', DIR.pathname);

// A grade sheet whose pupil column has no name a detector could know: refused by default, read once
// the user (or the CLI's --setups) says which column is the child.
write(
	'outcomes-unnamed-child-column.csv',
	utf8(lines('Кто;Класс;Период;Алгебра', 'Иванов;5А;Октябрь 2025;4', 'Петров;5А;Октябрь 2025;3'))
);

// A teacher's grade sheet: subjects the word list does not know, marks 2–5, no class, no period.
write(
	'grades-subjects-of-any-name.csv',
	utf8(lines('Ученик,Химия,Английский,ОБЗР', 'Антонов,4,5,3', 'Белова,3,4,5', 'Итого,3.5,4.5,4'))
);

// The group, the subject and the date written above the table, as kindergarten and ФИС ОКО forms do.
write(
	'title-rows-group-subject-date.csv',
	utf8(
		lines(
			'Сводная таблица педагогической диагностики. Старшая группа «Солнышко»',
			'Дата:;15.09.2025',
			';',
			'Ф.И.О. ребёнка;Речевое развитие;Физическое развитие',
			'Аксёнова Вера;2;3',
			'Борисов Глеб;1;2',
			'Легенда: 3 — высокий уровень;'
		)
	)
);

// An area over its periods: «Речевое развитие» merged over «н.г. | к.г.», the period in the second row.
write(
	'two-row-header-area-over-periods.csv',
	utf8(
		lines(
			'№;ФИО воспитанника;Группа;Речевое развитие;;Познавательное развитие;;Итог;',
			';;;н.г.;к.г.;н.г.;к.г.;н.г.;к.г.',
			'1;Аксёнова Вера;Солнышко;1;2;2;3;1,5;2,5',
			'2;Борисов Глеб;Солнышко;2;2;1;;1,5;2'
		)
	)
);

// A ВПР collection form: tasks with their maxima, «X» for an absent pupil, template rows of formula zeros.
write(
	'vpr-form-absent-and-template-zeros.csv',
	utf8(
		lines(
			'ВПР 2026. Математика, 5 класс;;;;;;;',
			'Код участника;Вариант;1 (2б);2 (1б);Порядковый номер класса;Итого баллов;;',
			'10001;1;2;1;1;3;0;X',
			'10002;2;X;X;1;0;;',
			'10003;1;1;0;2;1;;',
			';;;;;0;1;X',
			';;;;;0;;'
		)
	)
);

// ФИС ОКО Ф3: marks of the school against the region, no pupils: said once, not rejected as unknown.
write(
	'vpr-aggregate-marks-by-level.csv',
	utf8(
		lines(
			'Статистика по отметкам;;;;;;',
			'Предмет:;Математика;;;;;',
			'Группы участников;Кол-во ОО;Кол-во участников;2;3;4;5',
			'Вся выборка;35589;1722202;5,06;32,92;44,33;17,69',
			'МБОУ «СОШ №1»;;89;12,36;52,81;26,97;7,87'
		)
	)
);
