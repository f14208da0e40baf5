import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';

/** Namesakes in one group are two children (issue 12.2): told apart by the «№», else by their order. */
const bytes = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const rows = async (sql: string) => (await engine.query(sql)).toArray().map((r) => r.toJSON());
async function load(name: string) {
	const { reports } = await loadAll(engine, [sourceFromBytes(name, bytes(name))]);
	expect(reports[0]).toMatchObject({ kind: 'outcomes', rowsRejected: 0 });
	return reports[0];
}
/** Each child's speech start and end on the file's own 0–3 scale, in the order of the list. */
const speech = () =>
	rows(`SELECT c.name AS child, g.name AS "group", round(p.s0_norm * 3) AS start, round(p.s1_norm * 3) AS "end"
		FROM outcome_pairs p JOIN children c USING (child_id) JOIN groups g ON g.group_id = p.group_id
		JOIN areas a USING (area_id) WHERE a.name = 'Речевое развитие' ORDER BY g.name, c.name, start`);

describe('namesakes', () => {
	it('a «№» constant for each child tells two Ивановы Анны of one group apart', async () => {
		const r = await load('outcomes-namesakes-numbered.csv');
		expect(r.roles.childId).toBe('№');
		expect(await rows(`SELECT count(DISTINCT child_id)::INTEGER AS n FROM outcomes`)).toEqual([{ n: 3 }]);
		expect(await speech()).toEqual([
			{ child: 'Иванова Анна', group: 'Ягодка', start: 0, end: 3 },
			{ child: 'Иванова Анна', group: 'Ягодка', start: 1, end: 2 },
			{ child: 'Петров Илья', group: 'Ягодка', start: 2, end: 2 }
		]);
		expect(await rows(`SELECT "group", child, n, by_id FROM namesakes`)).toEqual([
			{ group: 'Ягодка', child: 'Иванова Анна', n: 2, by_id: true }
		]);
	});

	it('without an id, namesakes are told apart by their order in the list and listed as such', async () => {
		await load('outcomes-namesakes-no-id.csv');
		// Two in «Ягодка», one of the same name in «Капелька»: three children, not one or two.
		expect(
			await rows(`SELECT count(DISTINCT child_id)::INTEGER AS n FROM outcomes o JOIN children USING (child_id)
				WHERE name = 'Иванова Анна'`)
		).toEqual([{ n: 3 }]);
		expect(await speech()).toEqual([
			{ child: 'Иванова Анна', group: 'Капелька', start: null, end: 3 },
			{ child: 'Иванова Анна', group: 'Ягодка', start: 0, end: 3 },
			{ child: 'Иванова Анна', group: 'Ягодка', start: 1, end: 2 },
			{ child: 'Петров Илья', group: 'Ягодка', start: 2, end: 2 }
		]);
		expect(await rows(`SELECT "group", child, n, by_id FROM namesakes`)).toEqual([
			{ group: 'Ягодка', child: 'Иванова Анна', n: 2, by_id: false }
		]);
	});

	it('a «№» that numbers rows, not children, is not taken for an id: the order decides', async () => {
		await load('outcomes-namesakes-row-counter.csv');
		expect(await rows(`SELECT count(DISTINCT child_id)::INTEGER AS n FROM outcomes`)).toEqual([{ n: 3 }]);
		expect(await speech()).toEqual([
			{ child: 'Иванова Анна', group: 'Ягодка', start: 0, end: 3 },
			{ child: 'Иванова Анна', group: 'Ягодка', start: 1, end: 2 },
			{ child: 'Петров Илья', group: 'Ягодка', start: 2, end: 2 }
		]);
		expect(await rows(`SELECT by_id FROM namesakes`)).toEqual([{ by_id: false }]);
	});
});
