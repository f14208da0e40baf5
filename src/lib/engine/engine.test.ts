import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from './node';
import type { Engine } from './types';
import { ident } from './sql';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('node engine', () => {
	it('binds parameters instead of splicing text into SQL', async () => {
		const hostile = "'); DROP TABLE x; --";
		const table = await engine.query('SELECT ? AS v, ? + 1 AS n', [hostile, 41]);
		expect(table.get(0)?.toJSON()).toEqual({ v: hostile, n: 42 });
	});

	it('reads a registered CSV with a decimal comma and keeps Cyrillic column names', async () => {
		const csv = 'ФИО;Речевое развитие\nИванов Иван;2,5\nПетрова Анна;1,75\n';
		await engine.registerBytes('decimal.csv', new TextEncoder().encode(csv));
		const table = await engine.query(
			`SELECT ${ident('Речевое развитие')} AS score FROM read_csv('decimal.csv', delim=';', header=true, decimal_separator=',')`
		);
		expect(table.getChild('score')?.toArray()).toEqual(new Float64Array([2.5, 1.75]));
		await engine.dropFile('decimal.csv');
	});

	it('replaces a table and returns counts as plain numbers', async () => {
		await engine.replaceTable('t', 'SELECT * FROM range(?::BIGINT) r(i)', [5]);
		await engine.replaceTable('t', 'SELECT * FROM range(?::BIGINT) r(i)', [3]);
		const table = await engine.query('SELECT count(*) AS n FROM t');
		expect(table.get(0)?.n).toBe(3);
	});

	it('fails at once, instead of hanging offline, when a query needs an extension', async () => {
		await expect(engine.query("SELECT * FROM read_parquet('missing.parquet')")).rejects.toThrow();
	});

	it('quotes identifiers so a hostile header stays a name', async () => {
		const name = 'a"; DROP TABLE t; --';
		const table = await engine.query(`SELECT 1 AS ${ident(name)}`);
		expect(table.schema.fields[0].name).toBe(name);
	});
});
