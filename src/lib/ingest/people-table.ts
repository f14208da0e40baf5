import { ident, insertRows, valuesList } from '../engine/sql';
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
	await insertRows(
		engine,
		'person_names',
		['VARCHAR', 'VARCHAR', 'VARCHAR'],
		[
			...[...match.keyOf].map(([name, key]) => [name, key, 'matched']),
			...match.ambiguous.map(({ name }) => [name, null, 'ambiguous'])
		]
	);
	await insertRows(
		engine,
		'name_candidates',
		['VARCHAR', 'VARCHAR', 'VARCHAR'],
		match.ambiguous.flatMap(({ name, candidates }) => candidates.map((c) => [name, c.key, c.name]))
	);
	const others = [...new Set(mentioned)]
		.filter((name) => !match.keyOf.has(name) && !EVERYONE.includes(name.toLowerCase()))
		.map((name) => {
			const found = findPerson(match, name);
			return [
				name,
				found.key ?? null,
				found.key ? 'matched' : found.candidates > 1 ? 'ambiguous' : 'unknown'
			];
		});
	if (others.length) {
		const list = valuesList(['VARCHAR', 'VARCHAR', 'VARCHAR'], others);
		await engine.query(
			`INSERT INTO person_names SELECT * FROM ${list.sql} v(name, teacher_key, status)
			 WHERE name NOT IN (SELECT name FROM person_names)`,
			list.params
		);
	}
	await insertRows(
		engine,
		'teachers',
		['VARCHAR', 'VARCHAR'],
		match.people.map((person) => [person.key, displayName(person.name)])
	);
}

/** A name as the views show it: the spelling given, but «ИВАНОВА АННА» as «Иванова Анна». */
export function displayName(name: string): string {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (clean !== clean.toUpperCase()) return clean;
	return clean
		.toLowerCase()
		.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
