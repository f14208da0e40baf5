import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import type { Roles } from './detect';
import type { FileSetup } from './types';
import { findPerson, matchPeople } from './people';
import type { RawFile } from './read';
import { EVERYONE, splitNames } from './names';
import { cell } from './sql-text';

async function distinct(engine: Engine, sql: string): Promise<string[]> {
	const result = await engine.query(sql);
	return Array.from(result.getChild('name')?.toArray() ?? [], String).filter((n) => n.trim() !== '');
}

/**
 * Match the teachers named across all files (survey, roster, plan) and write `person_names`
 * (spelling → teacher_key, with a status) and `name_candidates` (spellings that fit several people).
 * Survey and roster names define people; plan names only join someone already known.
 */
export async function buildPeople(
	engine: Engine,
	raws: RawFile[],
	setups: FileSetup[],
	resolved: Map<string, string>
): Promise<void> {
	const defining: string[] = [];
	const mentioned: string[] = [];
	for (const [i, raw] of raws.entries()) {
		const { kind, roles } = setups[i];
		if (raw.error) continue;
		const table = ident(raw.table);
		const column = (role: keyof Roles) => roles[role] as string | undefined;
		if ((kind === 'survey' || kind === 'roster') && column('teacher')) {
			defining.push(
				...(await distinct(engine, `SELECT DISTINCT ${cell(column('teacher'))} AS name FROM ${table}`))
			);
		}
		if (kind === 'plan') {
			for (const role of ['participants', 'responsible'] as const) {
				const c = column(role);
				if (!c) continue;
				mentioned.push(
					...(await distinct(engine, `SELECT DISTINCT trim(${splitNames(cell(c))}) AS name FROM ${table}`))
				);
			}
		}
	}
	const match = matchPeople(defining, resolved);
	for (const [name, key] of match.keyOf) {
		await engine.query(`INSERT INTO person_names VALUES (?, ?, 'matched')`, [name, key]);
	}
	for (const { name, candidates } of match.ambiguous) {
		await engine.query(`INSERT INTO person_names VALUES (?, NULL, 'ambiguous')`, [name]);
		for (const c of candidates)
			await engine.query(`INSERT INTO name_candidates VALUES (?, ?, ?)`, [name, c.key, c.name]);
	}
	for (const name of new Set(mentioned)) {
		if (match.keyOf.has(name) || EVERYONE.includes(name.toLowerCase())) continue;
		const found = findPerson(match, name);
		await engine.query(
			`INSERT INTO person_names SELECT ?, ?, ? WHERE ? NOT IN (SELECT name FROM person_names)`,
			[name, found.key ?? null, found.key ? 'matched' : found.candidates > 1 ? 'ambiguous' : 'unknown', name]
		);
	}
	for (const person of match.people) {
		await engine.query(`INSERT INTO teachers VALUES (?, ?)`, [person.key, displayName(person.name)]);
	}
}

/** A name as the views show it: the spelling given, but «ИВАНОВА АННА» as «Иванова Анна». */
export function displayName(name: string): string {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (clean !== clean.toUpperCase()) return clean;
	return clean
		.toLowerCase()
		.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
