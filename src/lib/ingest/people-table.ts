import { ident } from '../engine/sql';
import type { Engine } from '../engine/types';
import { personKey } from './names';

/**
 * A temp table `name → key` for the distinct names in `column`, so SQL can join people across files
 * by the key `personKey` gives («Иванова А.А.» and «ИВАНОВА Анна Андреевна» meet).
 */
export async function peopleKeys(
	engine: Engine,
	table: string,
	column: string,
	target: string
): Promise<void> {
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(target)}(name VARCHAR, key VARCHAR)`);
	const names = await engine.query(
		`SELECT DISTINCT trim(${ident(column)}) AS name FROM ${ident(table)} WHERE nullif(trim(${ident(column)}), '') IS NOT NULL`
	);
	for (const name of names.getChild('name')?.toArray() ?? []) {
		await engine.query(`INSERT INTO ${ident(target)} VALUES (?, ?)`, [name, personKey(String(name))]);
	}
}
