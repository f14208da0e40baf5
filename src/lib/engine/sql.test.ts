import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from './node';
import { list, quoted, run, sql, Sql } from './sql';
import type { Engine } from './types';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
	await engine.exec(`CREATE TABLE people(name VARCHAR, age INTEGER)`);
	await engine.exec(`INSERT INTO people VALUES ('Иванова', 30), ('Петрова', 41)`);
});
afterAll(() => engine.close());

describe('the sql`` tag (issue 16.6)', () => {
	it('binds every value as a parameter, so a hostile one is data, never SQL', async () => {
		const hostile = "x'); DROP TABLE people; --";
		const q = sql`SELECT count(*) AS n FROM ${quoted('people')} WHERE name = ${hostile} OR age > ${40}`;
		expect(q.text).toBe('SELECT count(*) AS n FROM "people" WHERE name = ? OR age > ?');
		expect(q.params).toEqual([hostile, 40]);
		expect(Number((await run(engine, q)).get(0)?.n)).toBe(1);
		expect(Number((await run(engine, sql`SELECT count(*) AS n FROM people`)).get(0)?.n)).toBe(2);
	});

	it("carries a fragment's values with it, in order", async () => {
		const older = (age: number) => sql`age > ${age}`;
		const q = sql`SELECT name FROM people WHERE ${older(20)} AND name <> ${'Петрова'} ORDER BY name`;
		expect(q.params).toEqual([20, 'Петрова']);
		expect((await run(engine, q)).toArray().map((r) => r.name)).toEqual(['Иванова']);
		const some = sql`SELECT name FROM people WHERE name IN (${list(['Петрова', "O'Neil"])})`;
		expect(some.text).toBe('SELECT name FROM people WHERE name IN (?, ?)');
		expect((await run(engine, some)).toArray().map((r) => r.name)).toEqual(['Петрова']);
	});

	it('refuses to splice a fragment with values as bare text, where its values would be lost', () => {
		expect(() => `${sql`age > ${1}`}`).toThrow(/bound values/);
		expect(`${new Sql('NULL')}`).toBe('NULL');
	});
});
