import type { Engine } from '../engine/types';
import { unusedColumns, type FileKind, type Roles } from './detect';
import { buildOutcomeCube } from './cube';
import { loadOutcomes, shareLegendScales } from './outcomes';
import { buildPeople } from './people-table';
import { loadPlan } from './plan';
import { rawViewSql, type RawFile } from './read';
import { ident, insertRows } from '../engine/sql';
import { loadRoster } from './roster';
import { createSchema } from './schema';
import { rejectAll, type RawTable } from './sql-rows';
import { answerScales, loadSurvey } from './survey';
import type { FileReport, FileSetup } from './types';
import { loadTaskSkills, loadVprReference } from './vpr-reference';

const LOADERS: Record<FileKind, (raw: RawTable) => Promise<void>> = {
	outcomes: loadOutcomes,
	survey: loadSurvey,
	plan: loadPlan,
	roster: loadRoster
};

/**
 * Rebuild every normalised table from the raw tables, each file read as its setup says. Cheap enough
 * to rerun whenever the user corrects a kind or a role: the CSV is not parsed again.
 */
export async function normaliseAll(
	engine: Engine,
	raws: RawFile[],
	setups: (FileSetup | undefined)[] = [],
	resolved: Map<string, string> = new Map()
): Promise<FileReport[]> {
	await createSchema(engine);
	const chosen = chosenSetups(raws, setups);
	// People first: every file's loader joins names to the same teacher keys.
	await buildPeople(engine, raws, chosen, resolved);
	const reports: FileReport[] = [];
	for (const [i, raw] of raws.entries()) {
		reports.push(await normaliseFile(engine, raw, chosen[i], setups[i] !== undefined));
	}
	await shareScales(engine, raws, reports);
	await buildOutcomeCube(engine);
	return reports;
}

/**
 * Before the cube, once every outcome file is in: a summary's guessed scale gives way to the legend its group's
 * card states (`shareLegendScales`); the reports say so.
 */
export async function shareScales(engine: Engine, raws: RawFile[], reports: FileReport[]): Promise<void> {
	for (const [fileId, scale] of await shareLegendScales(engine)) {
		const i = raws.findIndex((r) => r.index === fileId);
		const report = reports[i];
		if (report?.scale)
			reports[i] = {
				...report,
				scale: { ...report.scale, min: scale.min, max: scale.max, from: scale.from }
			};
	}
}

/** Each file as the user set it up, or as it was detected. */
export const chosenSetups = (raws: RawFile[], setups: (FileSetup | undefined)[]): FileSetup[] =>
	raws.map((raw, i) => setups[i] ?? { kind: raw.detection.kind, roles: raw.detection.roles });

/** Own keys only: a kind read from a project file («constructor») is no kind, not Object's member. */
export const knownKind = (setup: FileSetup): FileKind | null =>
	setup.kind && Object.hasOwn(LOADERS, setup.kind) ? setup.kind : null;

/** One file's rows into the normalised tables, its rejects with their reasons; the people are matched already. */
export async function normaliseFile(
	engine: Engine,
	raw: RawFile,
	setup: FileSetup,
	corrected: boolean
): Promise<FileReport> {
	if (setup.kind !== knownKind(setup)) setup = { ...setup, kind: null };
	const report: FileReport = {
		name: raw.name,
		kind: setup.kind,
		confidence: corrected ? 1 : raw.detection.confidence,
		format: raw.format,
		encoding: raw.encoding,
		delimiter: raw.delimiter,
		sheets: raw.sheets,
		filledSheets: raw.filledSheets,
		sheet: raw.sheet,
		headerRow: raw.headerRow,
		headerRows: raw.headerRows,
		columns: raw.columns,
		virtual: raw.virtual.map((v) => v.name),
		context: raw.context,
		aggregate: raw.aggregate,
		virtualValues: {},
		values: setup.values,
		unused: setup.kind ? unusedOf(raw, setup.roles) : [],
		roles: setup.roles,
		answerOrder: setup.answerOrder,
		schoolYear: setup.schoolYear,
		referenceDate: setup.referenceDate,
		corrected,
		rowsIn: raw.rowsIn,
		rowsLoaded: 0,
		rowsRejected: raw.rowsIn,
		error: raw.error,
		detail: raw.detail
	};
	await engine.query(
		`INSERT INTO files (file_id, file, kind, encoding, delimiter, rows_in) VALUES (?, ?, ?, ?, ?, ?)`,
		[raw.index, raw.name, setup.kind, raw.encoding, raw.delimiter, raw.rowsIn]
	);
	if (raw.error) return report;
	await engine.exec(rawViewSql(raw));
	for (const v of raw.virtual) {
		const seen = await engine.query(
			`SELECT DISTINCT ${ident(v.name)} AS v FROM ${ident(raw.table)} WHERE ${ident(v.name)} IS NOT NULL ORDER BY 1 LIMIT 20`
		);
		report.virtualValues[v.name] = Array.from(seen.getChild('v')?.toArray() ?? [], String);
	}
	if (setup.values) await engine.exec(rawViewSql(raw, setup.values));

	await insertRows(
		engine,
		'rejects',
		['VARCHAR', 'INTEGER', 'VARCHAR', 'VARCHAR', 'INTEGER'],
		raw.aboveHeader.map((above) => [
			raw.name,
			above.row,
			above.blank ? 'blank_row' : 'above_header',
			above.text,
			raw.index
		])
	);
	// Blank lines and records DuckDB could not read, each with its row number.
	if (raw.unread)
		await engine.query(
			`INSERT INTO rejects SELECT ?, "row", reason, text, ?::INTEGER FROM ${ident(`${raw.table}_unread`)} ORDER BY "row"`,
			[raw.name, raw.index]
		);
	const table: RawTable = {
		engine,
		table: raw.table,
		fileId: raw.index,
		file: raw.name,
		columns: raw.columns,
		delimiter: raw.delimiter,
		roles: setup.roles,
		context: raw.context,
		options: setup
	};
	if (setup.kind) await LOADERS[setup.kind](table);
	// Ф3 has no pupils but is the region's reference for the school's marks: its rows are kept as such.
	else if (raw.aggregate === 'vpr_marks') await loadVprReference(table);
	else if (raw.aggregate === 'vpr_skills') await loadTaskSkills(table);
	// Another ФИС ОКО aggregate form has no pupils to load: its rows are one reason, said once on the card.
	else await rejectAll(table, raw.aggregate ? 'aggregate_form' : 'unknown_kind');

	const rejected = (
		await engine.query(`SELECT count(*) AS n FROM rejects WHERE file_id = ?`, [raw.index])
	).get(0)?.n;
	report.rowsRejected = Number(rejected ?? 0);
	report.rowsLoaded = raw.rowsIn - report.rowsRejected;
	await engine.query(`UPDATE files SET rows_loaded = ?, rows_rejected = ? WHERE file_id = ?`, [
		report.rowsLoaded,
		report.rowsRejected,
		raw.index
	]);
	const scale = (
		await engine.query(`SELECT scale_min, scale_max, scale_words FROM files WHERE file_id = ?`, [raw.index])
	).get(0);
	if (scale?.scale_min != null && scale?.scale_max != null) {
		report.scale = { min: scale.scale_min, max: scale.scale_max, words: scale.scale_words === true };
	}
	if (setup.kind === 'survey') report.answerScales = await answerScales(engine, raw.index);
	return report;
}

/** Columns no role uses; a column a used virtual one is built from (ФИС ОКО's ordinal «Класс») is used. */
function unusedOf(raw: RawFile, roles: Roles): FileReport['unused'] {
	const used = new Set(Object.values(roles).flat());
	const sources = new Set(raw.virtual.filter((v) => used.has(v.name) && v.from).map((v) => v.from));
	return unusedColumns([...raw.columns, ...raw.virtual.map((v) => v.name)], raw.samples, roles).filter(
		(u) => !sources.has(u.column)
	);
}
