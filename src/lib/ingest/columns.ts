import { areaIn, splitSub, subjectIn } from './layout';
import { OUTCOME_LEVEL_WORDS } from './scales';
import { fold } from './text';

/**
 * What a column of an outcome table holds, from its header and its first values. `score` is any column
 * of scores (numbers on a known scale, level words, marks), whatever it is called.
 */
export type ColumnClass =
	'unnamed' | 'id' | 'task' | 'total' | 'mark' | 'journal' | 'area' | 'score' | 'text' | 'empty';

const ID =
	/^(п п|no|n|номер|класс|порядковый номер|код|вариант|id|оо|муниципалитет|название оо|логин|e mail|адрес электронной|пол|дата рождения|возраст|стаж|телефон|группы участников)( |$)/;
const TOTAL =
	/^(итог|средн|всего|сумма|total|average|mean|первичный балл|итого|общий балл|количество баллов|процент выполнения)/;
/** «1 (2б)», «12.2 (1б)», «4К1 (3б)»: a ВПР task with its maximum. */
export const TASK = /^\s*\d+(?:[.,]\d+)?\s*(?:[кk]\s*\d+)?\s*\(\s*(\d+)\s*б\.?\s*\)\s*$/i;
/** Stems of areas and subjects kindergartens abbreviate («Речевое разв.», «Худ.-эстет.»). */
const AREA_STEMS = [
	'развитие',
	'познавательн',
	'речев',
	'физическ',
	'художествен',
	'социальн',
	'коммуникатив'
];
const LEVELS = new Set(OUTCOME_LEVEL_WORDS.map(([word]) => word));
/** Cells that say «no score here» in ВПР forms and journals: absent, not assessed. */
export const NOT_ASSESSED = /^(x|х|-|—|н\/а|нет отметки|отсутствовал|не писал|осв|освобожден)$/i;

/** The maximum a ВПР task header declares («4К1 (3б)» → 3). */
export function taskMax(header: string): number | undefined {
	const m = TASK.exec(header);
	return m ? Number(m[1]) : undefined;
}

export function columnClass(header: string, values: string[]): ColumnClass {
	if (header.trim() === '' || /^column\d+$/.test(header)) return 'unnamed';
	if (TASK.test(header)) return 'task';
	const base = splitSub(header).base;
	const f = fold(base);
	if (f === '' || ID.test(f)) return 'id';
	if (/^отметка (по журналу|за )/.test(f)) return 'journal';
	if (/^(отметка|оценка|отметка за впр|mark|grade)$/.test(f)) return 'mark';
	if (TOTAL.test(f)) return 'total';
	if (areaIn(base) || subjectIn(base) || AREA_STEMS.some((s) => f.includes(s))) return 'area';
	const filled = values.map((v) => v.trim()).filter((v) => v !== '' && !NOT_ASSESSED.test(v));
	if (filled.length === 0) return values.length ? 'empty' : 'text';
	const scoreLike = filled.filter((v) => {
		const n = Number(v.replace(',', '.'));
		return (Number.isFinite(n) && n >= 0 && n <= 100) || LEVELS.has(fold(v));
	});
	return scoreLike.length >= 0.8 * filled.length ? 'score' : 'text';
}
