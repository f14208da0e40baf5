import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';

/** A school roster lists classes and subjects in one cell each (issue 13.3). */
const bytes = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());
const load = async (name: string) => (await loadAll(engine, [sourceFromBytes(name, bytes(name))])).reports[0];

describe('roster lists', () => {
	it('«Классы» and «Предметы» lists become teacher × class × subject; «Классное руководство» kept apart', async () => {
		const r = await load('roster-school-class-lists.csv');
		expect(r).toMatchObject({ kind: 'roster', rowsIn: 3, rowsLoaded: 3, rowsRejected: 0 });
		expect(r.roles).toMatchObject({ group: 'Классы', area: 'Предметы', homeroom: 'Классное руководство' });
		expect(
			await rows(`SELECT teacher, "group", area FROM assignments ORDER BY "row", "group", area`)
		).toEqual([
			...['5А', '6Б', '7В'].flatMap((group) =>
				['Алгебра', 'Математика'].map((area) => ({ teacher: 'Иванова Анна Петровна', group, area }))
			),
			// One class: kept as written («5 "А"»), matched to «5А» where classes are compared.
			{ teacher: 'Петрова Ольга Сергеевна', group: '5 "А"', area: 'Литература' },
			{ teacher: 'Петрова Ольга Сергеевна', group: '5 "А"', area: 'Русский язык' },
			{ teacher: 'Сидорова Елена Ивановна', group: null, area: null }
		]);
		expect(await rows(`SELECT teacher, class FROM homerooms`)).toEqual([
			{ teacher: 'Иванова Анна Петровна', class: '5А' }
		]);
	});

	it('a kindergarten group whose name holds a comma is one group, not a list', async () => {
		await load('roster-group-name-with-comma.csv');
		expect(await rows(`SELECT "group", area FROM assignments`)).toEqual([
			{ group: 'Старшая «Радуга», 6 лет', area: null }
		]);
	});
});
