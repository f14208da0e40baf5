import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import { chosenSetups, knownKind, normaliseAll, normaliseFile } from './normalise';
import { buildPeople } from './people-table';
import type { RawFile } from './read';
import { namedSchoolYear } from './school-year';
import type { FileReport, FileSetup } from './types';

/**
 * The normalised tables fall in two parts that read nothing of each other: the outcomes' (children,
 * groups, areas, periods, scores, the ФИС ОКО reference forms) and the people's (survey, plan and roster,
 * joined through one list of names). `files` and `rejects` hold a row set per file.
 */
export type Part = 'outcomes' | 'people';

export const PART_TABLES: Record<Part, readonly string[]> = {
	outcomes: [
		'groups',
		'children',
		'namesakes',
		'areas',
		'periods',
		'outcomes',
		'outcome_items',
		'vpr_reference',
		'vpr_skills'
	],
	people: [
		'person_names',
		'name_candidates',
		'teachers',
		'survey_answers',
		'survey_scales',
		'survey_submissions',
		'cell_notes',
		'events',
		'event_participants',
		'assignments',
		'homerooms'
	]
};

/** The part a file read as `setup` writes to; null: it only rejects its rows. */
export function partOf(raw: RawFile, setup: FileSetup): Part | null {
	const kind = knownKind(setup);
	if (kind === 'outcomes') return 'outcomes';
	if (kind) return 'people';
	return raw.aggregate === 'vpr_marks' || raw.aggregate === 'vpr_skills' ? 'outcomes' : null;
}

/** The parts the files at `indices` write to, read as `setups` say. */
export function partsOf(raws: RawFile[], setups: (FileSetup | undefined)[], indices: number[]): Set<Part> {
	const chosen = chosenSetups(raws, setups);
	return new Set(indices.flatMap((i) => partOf(raws[i], chosen[i]) ?? []));
}

/**
 * Rebuild only the `parts` a correction touched, and the rows of the `changed` files, from the raw tables;
 * the other files keep their rows and their `reports`. The tables come out as a full `normaliseAll` writes
 * them, with one exception handled by doing exactly that: when no file names the school year, the year comes
 * from the loaded dates, and a part left standing may have been dated by a year that no longer holds.
 */
export async function renormaliseParts(
	engine: Engine,
	raws: RawFile[],
	setups: (FileSetup | undefined)[],
	resolved: Map<string, string>,
	change: { parts: Set<Part>; changed: number[] },
	reports: FileReport[]
): Promise<FileReport[]> {
	if (reports.length !== raws.length || (await namedSchoolYear(engine)) === undefined)
		return normaliseAll(engine, raws, setups, resolved);
	const chosen = chosenSetups(raws, setups);
	const redo = raws.flatMap((raw, i) => {
		const part = partOf(raw, chosen[i]);
		return change.changed.includes(i) || (part && change.parts.has(part)) ? [i] : [];
	});
	for (const part of change.parts)
		for (const table of PART_TABLES[part]) await engine.exec(`DELETE FROM ${ident(table)}`);
	if (redo.length) {
		const ids = redo.map(() => '?').join(', ');
		await engine.query(`DELETE FROM files WHERE file_id IN (${ids})`, redo);
		await engine.query(`DELETE FROM rejects WHERE file_id IN (${ids})`, redo);
	}
	if (change.parts.has('people')) await buildPeople(engine, raws, chosen, resolved);
	const next = [...reports];
	for (const i of redo) next[i] = await normaliseFile(engine, raws[i], chosen[i], setups[i] !== undefined);
	// Rows in the order a full load writes them: file by file, each file's as they were written.
	await engine.exec(`CREATE OR REPLACE TABLE files AS SELECT * FROM files ORDER BY file_id;
		CREATE OR REPLACE TABLE rejects AS SELECT * FROM rejects ORDER BY file_id, rowid;`);
	return next;
}
