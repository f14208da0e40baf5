import { detectKind, type Detection } from './detect';
import { captionContext, contextValue, readContext, twoRowHeader, type ContextItem } from './layout';
import { fold } from './text';

/** A column the file does not have but its layout gives: one value for every row, or a class named with its parallel. */
export interface VirtualColumn {
	name: string;
	item: ContextItem;
	/** The physical column a value is built from (ФИС ОКО's ordinal «Класс» 1, 2 with the parallel 4 → «4 класс №1»). */
	from?: string;
}

/**
 * ФИС ОКО report forms that hold school-level aggregates, not pupils, and the ВПР task → «проверяемое умение»
 * map (from the form's description of tasks): kept beside the pupils' results, never as pupils.
 */
export type AggregateForm = 'vpr_marks' | 'vpr_compare' | 'vpr_skills';

export interface TableShape {
	/** 0-based record of the header's first row; a second header row follows it when `headerRows` is 2. */
	header: number;
	headerRows: 1 | 2;
	/** Header names, the second row's period joined on («Речевое развитие | н.г.»). */
	columns: string[];
	context: ContextItem[];
	virtual: VirtualColumn[];
	/** The records under the header that detection looked at. */
	samples: string[][];
	detection: Detection;
	aggregate?: AggregateForm;
}

const HEADER_SEARCH_ROWS = 15;
const SAMPLE_ROWS = 40;

const where = (item: ContextItem) =>
	item.source === 'title' ? 'из заголовка' : item.source === 'sheet' ? 'из имени листа' : 'из имени файла';

/** The columns a file's layout adds, named so the role detector reads them like any header. */
export function virtualColumns(columns: string[], context: ContextItem[]): VirtualColumn[] {
	const out: VirtualColumn[] = [];
	const parallel = contextValue(context, 'parallel');
	// ФИС ОКО numbers classes within the parallel: «Класс» 1 in a «4 класс» form is 4 класс №1.
	const ordinal = columns.find((c) => ['класс', 'порядковый номер класса'].includes(fold(c)));
	if (parallel && ordinal)
		out.push({ name: 'Класс (параллель из заголовка)', item: parallel, from: ordinal });
	const group = contextValue(context, 'group');
	if (group && !ordinal) out.push({ name: `Группа (${where(group)})`, item: group });
	const area = contextValue(context, 'area');
	const subject = contextValue(context, 'subject');
	if (area) out.push({ name: `Образовательная область (${where(area)})`, item: area });
	else if (subject) out.push({ name: `Предмет (${where(subject)})`, item: subject });
	const date = contextValue(context, 'date');
	const year = contextValue(context, 'year');
	if (date) out.push({ name: `Дата (${where(date)})`, item: date });
	else if (year && /^\d{4}$/.test(year.value) && subject)
		out.push({ name: `Период (${where(year)})`, item: { ...year, value: `ВПР ${year.value}` } });
	return out;
}

/** «Задание; Умение»: a column of task numbers and one of what each task checks. */
export function isSkillsHeader(record: string[]): boolean {
	const cells = record.map(fold);
	// fold() drops «№»: «№ задания» reads «задания».
	const task = cells.findIndex((c) => /^(номер )?задани[ея]$/.test(c));
	const skill = cells.findIndex((c) => /умени|проверяем|требовани|планируем/.test(c));
	return task >= 0 && skill >= 0 && task !== skill;
}

function aggregateOf(record: string[]): AggregateForm | undefined {
	if (isSkillsHeader(record)) return 'vpr_skills';
	if (fold(record[0] ?? '') !== 'группы участников') return undefined;
	return record.some((c) => /понизили|подтвердили/i.test(c)) ? 'vpr_compare' : 'vpr_marks';
}

/**
 * Find the header among the top rows: the row (or two rows) that reads best as a known kind's header
 * given the values under it and the context above it; else the first row with two filled cells.
 */
export function findShape(records: string[][], sheet: string | undefined, file: string): TableShape {
	const search = searchShape(records, sheet, file);
	for (;;) {
		const step = search.next();
		if (step.done) return step.value;
	}
}

/**
 * `findShape`, yielding to the page between header candidates once 25 ms have passed (a wide file's take
 * 20 ms each; a narrow one's finish without a pause).
 */
export async function findShapeYielding(
	records: string[][],
	sheet: string | undefined,
	file: string,
	breathe: () => Promise<unknown>
): Promise<TableShape> {
	const search = searchShape(records, sheet, file);
	let since = performance.now();
	for (;;) {
		const step = search.next();
		if (step.done) return step.value;
		if (performance.now() - since > 25) {
			await breathe();
			since = performance.now();
		}
	}
}

function* searchShape(
	records: string[][],
	sheet: string | undefined,
	file: string
): Generator<void, TableShape> {
	let best: TableShape | undefined;
	for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
		if (i > 0) yield;
		const record = records[i].map((f) => f.trim());
		const aggregate = aggregateOf(record);
		const context = readContext(records.slice(0, i), sheet, file);
		if (aggregate) {
			const detection = { kind: null, confidence: 0, roles: {} };
			return {
				header: i,
				headerRows: 1,
				columns: record,
				context,
				virtual: [],
				samples: [],
				detection,
				aggregate
			};
		}
		if (record.filter(Boolean).length < 2) continue;
		const joined = twoRowHeader(record, records[i + 1]);
		const columns = safeNames(joined ?? record);
		const headerRows = joined ? 2 : 1;
		const samples = records.slice(i + headerRows, i + headerRows + SAMPLE_ROWS);
		const virtual = virtualColumns(columns, context);
		const detection = detectKind([...columns, ...virtual.map((v) => v.name)], samples);
		if (detection.kind && detection.confidence > (best?.detection.confidence ?? 0)) {
			best = { header: i, headerRows, columns, context, virtual, samples, detection };
		}
	}
	if (best) {
		best.context.push(...captionContext(best.samples, best.header + best.headerRows + 1));
		return best;
	}
	const filled = Math.max(
		0,
		records.findIndex((r) => r.filter((f) => f.trim() !== '').length >= 2)
	);
	return {
		header: filled,
		headerRows: 1,
		columns: safeNames(records[filled] ?? []),
		context: readContext(records.slice(0, filled), sheet, file),
		virtual: [],
		samples: records.slice(filled + 1, filled + 1 + SAMPLE_ROWS),
		detection: { kind: null, confidence: 0, roles: {} }
	};
}

/** Column names anyone can refer to: no control characters, none empty, none repeated, none an internal `_name`. */
export function safeNames(names: string[]): string[] {
	const seen = new Set<string>(['_row']);
	// The next number to try per name: a data row read as a header candidate repeats «0», «1» hundreds of
	// times, and counting up from 2 each time took 120 ms of main thread for a 1 000-column file.
	const next = new Map<string, number>();
	return names.map((name, i) => {
		// eslint-disable-next-line no-control-regex
		let safe = name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() || `column${i + 1}`;
		// Names starting with «_» are the loaders' own (`_child`, `_period`): a header never takes one.
		if (safe.startsWith('_') && !safe.endsWith(` (${i + 1})`)) safe = `${safe} (${i + 1})`;
		const base = safe;
		let n = next.get(base) ?? 2;
		while (seen.has(safe)) safe = `${base} (${n++})`;
		next.set(base, n);
		seen.add(safe);
		return safe;
	});
}
