/**
 * Writes the files that once broke the page (issue 17), named after the break, into tests/e2e/fixtures/.
 * `npx tsx scripts/make-break-fixtures.ts`; the files are checked in and tests/e2e/breaks.test.ts drops them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

const DIR = new URL('../tests/e2e/fixtures/', import.meta.url);
mkdirSync(DIR, { recursive: true });
const write = (name: string, bytes: Uint8Array) => writeFileSync(new URL(name, DIR), bytes);
const lines = (...rows: string[]) => new TextEncoder().encode(rows.join('\r\n') + '\r\n');
const PLAN = '№;Мероприятие;Форма работы;Сроки;Ответственный;Участники;Компетенция (дефицит);Часы';

// Two councils with one title and no competency: the same words, two rows.
write(
	'plan-two-untargeted-pedsovet.csv',
	lines(
		PLAN,
		'1;Педагогический совет;педсовет;Август 2025;Заведующий;все;;2',
		'2;Речевые игры в режимных моментах;мастер-класс;14.11.2025;Макарова Ж.Л.;все;Развитие речи детей;2',
		'3;Педагогический совет;педсовет;Май 2026;Заведующий;все;;2'
	)
);

// One event copied twice into the plan, competency and all.
write(
	'plan-event-repeated.csv',
	lines(
		PLAN,
		'1;Речевые игры в режимных моментах;мастер-класс;14.11.2025;Макарова Ж.Л.;все;Развитие речи детей;2',
		'1;Речевые игры в режимных моментах;мастер-класс;14.11.2025;Макарова Ж.Л.;все;Развитие речи детей;2',
		'2;Игра как ведущий вид деятельности;семинар-практикум;Октябрь 2025;Старший воспитатель;все;Организация игровой деятельности;2'
	)
);

// Excel refuses two sheets of one name, other writers do not: the second sheet renamed inside the zip.
const header = ['ФИО ребёнка', 'Группа', 'Период', 'Речевое развитие'].map((value) => ({ value }));
const sheet = (period: string, scores: number[]) => [
	header,
	...scores.map((s, i) => [
		{ value: ['Белов Артём', 'Белова Алиса'][i] },
		{ value: 'Ромашка' },
		{ value: period },
		{ value: s }
	])
];
const workbook = await writeXlsxFile([
	{ sheet: 'Мониторинг', data: sheet('Сентябрь 2025', [1.5, 2]) },
	{ sheet: 'Мониторинг2', data: sheet('Май 2026', [2.5, 2.5]) }
] as never).toBuffer();
const parts = unzipSync(new Uint8Array(workbook));
const book = strFromU8(parts['xl/workbook.xml']);
if (!book.includes('name="Мониторинг2"')) throw new Error('the workbook names its sheets otherwise');
parts['xl/workbook.xml'] = strToU8(book.replace('name="Мониторинг2"', 'name="Мониторинг"'));
// A fixed date keeps the zip the same from run to run.
const mtime = new Date(Date.UTC(2026, 0, 1));
write('outcomes-two-sheets-one-name.xlsx', zipSync(parts, { mtime }));
console.log('fixtures written to', DIR.pathname);
