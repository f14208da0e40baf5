import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import { buildOutcomeCube } from './cube';
import { chosenSetups, knownKind, normaliseAll, normaliseFile, shareScales } from './normalise';
import { buildPeople } from './people-table';
import type { RawFile } from './read';
import { namedSchoolYear } from './school-year';
import type { FileReport, FileSetup } from './types';

/**
 * The normalised tables fall in parts, each rebuilt as a whole: the outcomes' (children, groups, areas,
 * periods, scores, the ФИС ОКО forms); the people's (survey and roster, which define who is who, and the
 * plan, whose names join them); the plan's alone, when only a plan changed (its names are matched to the
 * people the survey and roster define, so theirs stay). `files` and `rejects` hold a row set per file.
 */
export type Part = 'outcomes' | 'people' | 'plan';

/** Who is who: rewritten whenever the people's or the plan's part is. */
const NAMES = ['person_names', 'name_candidates', 'teachers'];
const PLAN = ['events', 'event_participants'];

export const PART_TABLES: Record<'outcomes' | 'people', readonly string[]> = {
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
		...NAMES,
		'survey_answers',
		'survey_scales',
		'survey_submissions',
		'cell_notes',
		'assignments',
		'homerooms',
		...PLAN
	]
};

/** The part a file read as `setup` writes to; null: it only rejects its rows. */
export function partOf(raw: RawFile, setup: FileSetup): Part | null {
	const kind = knownKind(setup);
	if (kind === 'outcomes') return 'outcomes';
	if (kind === 'plan') return 'plan';
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
	// The people's part holds the plan's: names the plan joins may have changed their keys.
	const parts = new Set(change.parts);
	if (parts.has('people')) parts.delete('plan');
	const rebuilt = (part: Part | null) =>
		part !== null && (parts.has(part) || (part === 'plan' && parts.has('people')));
	const redo = raws.flatMap((raw, i) =>
		change.changed.includes(i) || rebuilt(partOf(raw, chosen[i])) ? [i] : []
	);
	const tables = [
		...(parts.has('outcomes') ? PART_TABLES.outcomes : []),
		...(parts.has('people') ? PART_TABLES.people : []),
		...(parts.has('plan') ? [...NAMES, ...PLAN] : [])
	];
	for (const table of tables) await engine.exec(`DELETE FROM ${ident(table)}`);
	// The plan's notes are its unreadable deadlines; the survey's (unknown answers) stay.
	if (parts.has('plan')) await engine.exec(`DELETE FROM cell_notes WHERE reason = 'bad_date_cell'`);
	if (redo.length) {
		const ids = redo.map(() => '?').join(', ');
		await engine.query(`DELETE FROM files WHERE file_id IN (${ids})`, redo);
		await engine.query(`DELETE FROM rejects WHERE file_id IN (${ids})`, redo);
	}
	if (parts.has('people') || parts.has('plan')) await buildPeople(engine, raws, chosen, resolved);
	const next = [...reports];
	for (const i of redo) next[i] = await normaliseFile(engine, raws[i], chosen[i], setups[i] !== undefined);
	// Rows in the order a full load writes them: file by file, each file's as they were written.
	await engine.exec(`CREATE OR REPLACE TABLE files AS SELECT * FROM files ORDER BY file_id;
		CREATE OR REPLACE TABLE rejects AS SELECT * FROM rejects ORDER BY file_id, rowid;`);
	// The outcome views read the cube, not the outcomes: summed again from the rows just written, on the
	// scales every outcome file (all redone) shares.
	if (parts.has('outcomes')) {
		await shareScales(engine, raws, next);
		await buildOutcomeCube(engine);
	}
	return next;
}
