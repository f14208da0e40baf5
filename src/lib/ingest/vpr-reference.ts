import { ident } from '../engine/sql';
import { contextValue } from './layout';
import { rowText, type RawTable } from './sql-rows';
import { fold } from './text';

/** Where a row of ФИС ОКО «Статистика по отметкам» (Ф3) stands: the whole sample, region, municipality, school. */
export type ReferenceLevel = 'all' | 'region' | 'municipality' | 'school';

/**
 * ФИС ОКО writes its rows in one order — «Вся выборка», the region, the municipality «…(reg20_m012)», the
 * school «…(edu203389)» — and names them so; a row named otherwise takes the place its order gives it.
 */
export function referenceLevel(name: string, index: number): ReferenceLevel {
	const folded = fold(name);
	if (folded.startsWith('вся выборка') || folded === 'россия' || folded === 'рф') return 'all';
	// «\b» knows no Cyrillic: words are told apart by the spaces fold() leaves.
	if (/\(edu\d+\)/i.test(name) || /(^| )([мгк]?[бак]?оу|моу|чоу|сош|оош)( |$)|гимнази|лице/.test(folded))
		return 'school';
	if (/\(reg\d+_m\d+\)/i.test(name) || /муниципальн|район|округ/.test(folded)) return 'municipality';
	return (['all', 'region', 'municipality', 'school'] as const)[Math.min(index, 3)];
}

const number = (s: unknown): number | null => {
	const text = String(s ?? '')
		.trim()
		.replace(/\s/g, '')
		.replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(text)) return null;
	return Number(text);
};

/**
 * Keep a Ф3 form as a reference: each row with a name and its four shares of marks 2–5 (in %) is loaded into
 * `vpr_reference` with the form's subject, parallel and date from its title rows; any other row is rejected as
 * part of the summary form, with its line number.
 */
export async function loadVprReference(raw: RawTable): Promise<void> {
	const find = (test: (f: string) => boolean) => raw.columns.find((c) => test(fold(c)));
	const name = raw.columns[0];
	const schools = find((f) => /^(кол во|количество) оо/.test(f));
	const pupils = find((f) => /^(кол во|количество) участник/.test(f));
	const marks = ['2', '3', '4', '5'].map((m) => find((f) => f === m));
	const context = raw.context ?? [];
	const subject = contextValue(context, 'subject')?.value ?? null;
	const parallel = contextValue(context, 'parallel')?.value ?? null;
	const period = contextValue(context, 'date')?.value ?? contextValue(context, 'year')?.value ?? null;
	// Aliased: the marks' own headers «2»…«5» would sort first among an object's keys.
	const aliases = ['label', 'schools', 'n', 'm2', 'm3', 'm4', 'm5'];
	const selected = [name, schools, pupils, ...marks]
		.map((c, i) => `${c ? ident(c) : 'NULL'} AS ${aliases[i]}`)
		.join(', ');
	const records = (
		await raw.engine.query(`SELECT _row AS "row", ${selected} FROM ${ident(raw.table)} ORDER BY _row`)
	)
		.toArray()
		.map((r) => {
			const o = r.toJSON() as Record<string, unknown>;
			return [o.row, ...aliases.map((a) => o[a])];
		});
	const kept: number[] = [];
	let index = 0;
	for (const [row, label, ...cells] of records) {
		const [nSchools, n, ...shares] = cells.map(number);
		const title = String(label ?? '').trim();
		if (!title || n === null || shares.some((s) => s === null)) continue;
		await raw.engine.query(`INSERT INTO vpr_reference VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
			raw.fileId,
			Number(row),
			subject,
			parallel,
			period,
			referenceLevel(title, index++),
			title,
			nSchools,
			n,
			// Percent with two decimals, kept exact as a share.
			...shares.map((s) => Math.round(s! * 100) / 10000)
		]);
		kept.push(Number(row));
	}
	await raw.engine.query(
		`INSERT INTO rejects SELECT ?, _row, 'aggregate_form', ${rowText(raw)}, ?::INTEGER FROM ${ident(raw.table)}
		 WHERE NOT contains(?, ',' || _row || ',') ORDER BY _row`,
		[raw.file, raw.fileId, `,${kept.join(',')},`]
	);
}

/**
 * Keep a task → «проверяемое умение» map: each row with a task and a skill goes into `vpr_skills`, with the
 * subject its title rows, sheet or file name give (none: the map fits any subject); other rows are rejected
 * with their line numbers.
 */
export async function loadTaskSkills(raw: RawTable): Promise<void> {
	const folded = raw.columns.map(fold);
	const task = raw.columns[folded.findIndex((c) => /^(номер )?задани[ея]$/.test(c))];
	const skill = raw.columns[folded.findIndex((c) => /умени|проверяем|требовани|планируем/.test(c))];
	const subject = contextValue(raw.context ?? [], 'subject')?.value ?? null;
	await raw.engine.query(
		`INSERT INTO vpr_skills SELECT ?::INTEGER, _row, ?, trim(${ident(task)}), trim(${ident(skill)})
		 FROM ${ident(raw.table)}
		 WHERE coalesce(trim(${ident(task)}), '') <> '' AND coalesce(trim(${ident(skill)}), '') <> ''`,
		[raw.fileId, subject]
	);
	await raw.engine.query(
		`INSERT INTO rejects SELECT ?, _row, 'skill_incomplete', ${rowText(raw)}, ?::INTEGER FROM ${ident(raw.table)}
		 WHERE coalesce(trim(${ident(task)}), '') = '' OR coalesce(trim(${ident(skill)}), '') = '' ORDER BY _row`,
		[raw.file, raw.fileId]
	);
}
