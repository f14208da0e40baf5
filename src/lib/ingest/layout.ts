import { fold } from './text';

/**
 * What a table's layout says beyond its header: the group, subject, date or school year written in
 * title rows («Предмет: Русский язык», «Группа «Ромашка»»), in the sheet's or the file's name, and
 * periods written under an area in a second header row («н.г. | к.г.», «сент. | май»).
 */
export type ContextKey =
	'group' | 'subject' | 'area' | 'date' | 'parallel' | 'year' | 'max' | 'organisation' | 'participants';

export interface ContextItem {
	key: ContextKey;
	value: string;
	/** Where it was read: a title row (1-based), the sheet's name or the file's name. */
	source: 'title' | 'sheet' | 'file';
	row?: number;
	/** The text it was read from, to show the user. */
	text: string;
}

/** A column's header joined with its second-row period: «Речевое развитие | н.г.». */
export const SUB_SEPARATOR = ' | ';

const SUBJECTS = [
	'русский язык',
	'литературное чтение',
	'литература',
	'математика',
	'алгебра',
	'геометрия',
	'вероятность и статистика',
	'информатика',
	'физика',
	'химия',
	'биология',
	'география',
	'история',
	'обществознание',
	'окружающий мир',
	'английский язык',
	'немецкий язык',
	'французский язык',
	'иностранный язык',
	'физическая культура',
	'музыка',
	'изобразительное искусство',
	'технология'
];
/** ВПР file and sheet names abbreviate the subject: «РУ 4 …», «МА 4 …». */
const SUBJECT_CODES: Record<string, string> = {
	ру: 'Русский язык',
	ма: 'Математика',
	ам: 'Английский язык',
	ан: 'Английский язык',
	ок: 'Окружающий мир',
	би: 'Биология',
	ге: 'География',
	ис: 'История',
	об: 'Обществознание',
	фи: 'Физика',
	хи: 'Химия'
};
export const DOO_AREAS = [
	'Социально-коммуникативное развитие',
	'Познавательное развитие',
	'Речевое развитие',
	'Художественно-эстетическое развитие',
	'Физическое развитие'
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A school subject named in free text, as the school writes it («Русский язык»). */
export function subjectIn(text: string): string | undefined {
	const folded = ` ${fold(text)} `;
	const hit = SUBJECTS.find((s) => folded.includes(` ${s} `));
	return hit ? capital(hit) : undefined;
}

/** A ФГОС ДО educational area named in free text. */
export function areaIn(text: string): string | undefined {
	const folded = fold(text);
	return DOO_AREAS.find((a) => folded.includes(fold(a)));
}

/** Age bands of kindergarten groups, as a group's name is best written. */
const AGE_BANDS: [RegExp, string][] = [
	[/(?<!\p{L}|\d)(перв\S*|1\s*(?:я|ая)?)\s*мл/u, 'Первая младшая'],
	[/(?<!\p{L}|\d)(втор\S*|2\s*(?:я|ая)?)\s*мл/u, 'Вторая младшая'],
	[/младш|(?<!\p{L})мл(?!\p{L})/u, 'Младшая'],
	[/средн|(?<!\p{L})ср(?!\p{L})/u, 'Средняя'],
	[/старш|(?<!\p{L})ст(?!\p{L})/u, 'Старшая'],
	[/подготовит|(?<!\p{L})подг(?!\p{L})/u, 'Подготовительная'],
	[/разновозр\S*/, 'Разновозрастная'],
	[/ранн\S* возраст|ясел\S*/, 'Ранний возраст']
];

/** The age band a text names («2 мл. гр.», «во второй младшей группе»), or undefined. */
export function ageBandIn(text: string): string | undefined {
	const folded = fold(text);
	return AGE_BANDS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** The name of a group in quotes or after «гр.»: «Группа «Ромашка»», «2 мл. гр. Ромашка». */
function groupNameIn(text: string): string | undefined {
	const quoted = /групп\S*\s*[«"“]([^»"”]+)[»"”]/i.exec(text);
	if (quoted) return quoted[1].trim();
	const short = /(?<!\p{L})гр\.?\s+([А-ЯЁ][а-яё]+)/u.exec(text);
	return short?.[1];
}

/** A group's name with its age band when both are known, the way every file of one group can agree on. */
export function groupLabel(band: string | undefined, name: string): string {
	return band ? `${band} группа «${name}»` : `Группа «${name}»`;
}

const SCHOOL_YEAR = /(20\d\d)\s*[/–—-]\s*(20\d\d)/;

/** Context from one free text (a title row, a sheet's or a file's name). */
function contextOf(text: string, source: ContextItem['source'], row?: number): ContextItem[] {
	const items: ContextItem[] = [];
	const add = (key: ContextKey, value: string) => items.push({ key, value, source, row, text });
	const labelled = /^\s*(предмет|дата|класс|группа|максимальный первичный балл)\s*:\s*(.+)$/i.exec(text);
	if (labelled) {
		const [label, value] = [fold(labelled[1]), labelled[2].trim()];
		if (label === 'предмет') add('subject', value);
		else if (label === 'дата') add('date', value);
		else if (label === 'максимальный первичный балл') add('max', value);
		else if (label === 'класс') add('parallel', value);
		else add('group', value);
		return items;
	}
	const area = areaIn(text);
	if (area) add('area', area);
	else {
		const subject = subjectIn(text);
		const code = /^([А-Яа-я]{2})\s+\d{1,2}\s/.exec(text)?.[1].toLowerCase();
		if (subject) add('subject', subject);
		else if (code && SUBJECT_CODES[code]) add('subject', SUBJECT_CODES[code]);
	}
	const parallel = /(\d{1,2})\s*(?:-?й\s*)?класс/i.exec(text);
	if (parallel && !/порядков/i.test(text)) add('parallel', parallel[1]);
	const year = SCHOOL_YEAR.exec(text);
	if (year && Number(year[2]) === Number(year[1]) + 1) add('year', `${year[1]}/${year[2]}`);
	else {
		const vpr = /ВПР[\s-]*(20\d\d)/i.exec(text);
		if (vpr) add('year', vpr[1]);
	}
	const name = groupNameIn(text);
	const band = ageBandIn(text);
	if (name) add('group', groupLabel(band, name));
	else if (band && /групп|(?<!\p{L})гр(?!\p{L})/u.test(fold(text))) add('group', band);
	const org = /((?:МБОУ|МАОУ|МКОУ|ГБОУ|МБДОУ|МАДОУ|МКДОУ|ГБДОУ|ЧОУ)\s*«[^»]+»)/.exec(text);
	if (org) add('organisation', org[1]);
	// ФИС ОКО's banner «… | Кол-во участников: 89»: how many pupils the form should hold.
	const count = /кол-?во участников\s*:\s*(\d+)/i.exec(text);
	if (count) add('participants', count[1]);
	return items;
}

/** Context from caption rows under the header (a banner «… | Кол-во участников: 89»), by their row. */
export function captionContext(rows: string[][], firstRow: number): ContextItem[] {
	return rows.flatMap((cells, i) => {
		const filled = cells.map((c) => c.trim()).filter(Boolean);
		return filled.length === 1
			? contextOf(filled[0], 'title', firstRow + i).filter((c) => c.key === 'participants')
			: [];
	});
}

/**
 * Context for a table from the rows above its header, the sheet's name and the file's name, the
 * title rows first. A group's name and its age band written in different rows are joined.
 */
export function readContext(titleRows: string[][], sheet: string | undefined, file: string): ContextItem[] {
	const items: ContextItem[] = [];
	for (const [i, cells] of titleRows.entries()) {
		const filled = cells.map((c) => c.trim()).filter(Boolean);
		// «Предмет:» | «Русский язык» in two cells reads as one labelled line.
		const text = filled.length === 2 && filled[0].endsWith(':') ? filled.join(' ') : filled.join(' ');
		if (text) items.push(...contextOf(text, 'title', i + 1));
	}
	if (sheet) items.push(...contextOf(sheet, 'sheet'));
	items.push(...contextOf(file.replace(/\.[^.]+$/, '').replaceAll('_', ' '), 'file'));
	return joinGroup(items);
}

/** A bare group name («Группа «Ромашка»») takes the age band another line gives («…второй младшей группе…»). */
function joinGroup(items: ContextItem[]): ContextItem[] {
	const groups = items.filter((i) => i.key === 'group');
	const band = groups.map((g) => ageBandIn(g.value)).find(Boolean);
	return items.map((item) => {
		if (item.key !== 'group' || !band || ageBandIn(item.value)) return item;
		const name = /«([^»]+)»/.exec(item.value)?.[1];
		return name ? { ...item, value: groupLabel(band, name) } : item;
	});
}

/** The first value of a key, title rows before the sheet before the file, and complete names first. */
export function contextValue(items: ContextItem[], key: ContextKey): ContextItem | undefined {
	const order = { title: 0, sheet: 1, file: 2 };
	const ofKey = items.filter((i) => i.key === key);
	const complete = key === 'group' ? ofKey.filter((i) => /«/.test(i.value)) : ofKey;
	return (complete.length ? complete : ofKey).sort((a, b) => order[a.source] - order[b.source])[0];
}

const PERIOD_WORDS =
	/^(н\.?\s*г\.?|к\.?\s*г\.?|нач\S*|кон\S*|сер\S*|вход\S*|итог\S*|промеж\S*|сент\S*|окт\S*|нояб\S*|дек\S*|янв\S*|февр\S*|март\S*|апр\S*|май|мая|июн\S*|год|годов\S*|(за\s*)?[1-4IV]+(-?я)?\s*(четв|полуг|трим)\S*)$/i;

/** True for a second-row header cell that names a period: «н.г.», «к.г.», «сент.», «май», «начало года». */
export function isPeriodWord(text: string): boolean {
	const t = text.trim();
	return t.length > 0 && t.length <= 24 && PERIOD_WORDS.test(t);
}

/**
 * When the row under the header names periods under merged area cells («Речевое развитие» over
 * «н.г. | к.г.»), the two rows make one header: each column named «area | period».
 * Returns undefined when the next row is data.
 */
export function twoRowHeader(header: string[], next: string[] | undefined): string[] | undefined {
	if (!next) return undefined;
	const filled = next.map((c) => c.trim()).filter(Boolean);
	if (filled.length < 2 || filled.filter(isPeriodWord).length < filled.length / 2) return undefined;
	let top = '';
	return header.map((cell, i) => {
		if (cell.trim()) top = cell.trim();
		const sub = next[i]?.trim() ?? '';
		// A blank top cell continues the merged cell on its left; a blank one before any top stays blank.
		const name = cell.trim() || (sub ? top : '');
		return sub && name ? `${name}${SUB_SEPARATOR}${sub}` : name;
	});
}

/** Split «area | period» into its parts; a plain header has no period. */
export function splitSub(column: string): { base: string; sub?: string } {
	const at = column.lastIndexOf(SUB_SEPARATOR);
	if (at < 0) return { base: column };
	return { base: column.slice(0, at), sub: column.slice(at + SUB_SEPARATOR.length) };
}

/** Reading a school year's period words: «сент.» in 2025/2026 is September 2025, «н.г.» the start of the year. */
export function periodLabel(word: string, year?: string): string {
	const w = fold(word);
	const [from, to] = (year ?? '').split('/').map(Number);
	if (/^н\s*г$|^нач/.test(w)) return 'Начало года';
	if (/^к\s*г$|^кон/.test(w)) return 'Конец года';
	if (/^сер|^промеж/.test(w)) return 'Середина года';
	const months = ['сент', 'окт', 'нояб', 'дек', 'янв', 'февр', 'март', 'апр', 'ма', 'июн'];
	const names = [
		'Сентябрь',
		'Октябрь',
		'Ноябрь',
		'Декабрь',
		'Январь',
		'Февраль',
		'Март',
		'Апрель',
		'Май',
		'Июнь'
	];
	const m = months.findIndex((p) => w.startsWith(p));
	if (m >= 0 && from && to) return `${names[m]} ${m < 4 ? from : to}`;
	if (m >= 0) return names[m];
	return word.trim();
}
