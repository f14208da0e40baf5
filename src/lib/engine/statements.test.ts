import { describe, expect, it } from 'vitest';
import { createNodeEngine } from './node';
import { isRead, StatementCache } from './statements';

describe('prepared statements kept by their SQL', () => {
	it('prepares a text once, closes the least recently used past the limit, forgets a failed one', async () => {
		const prepared: string[] = [];
		const closed: string[] = [];
		const cache = new StatementCache<string>(
			async (sql) => {
				if (sql === 'bad') throw new Error('syntax');
				prepared.push(sql);
				return sql;
			},
			async (s) => closed.push(s),
			2
		);
		await cache.get('a');
		await cache.get('b');
		await cache.get('a');
		expect(prepared).toEqual(['a', 'b']);
		await cache.get('c'); // b is the least recently used now
		await Promise.resolve();
		expect(closed).toEqual(['b']);
		await expect(cache.get('bad')).rejects.toThrow('syntax');
		await Promise.resolve();
		// It took a place (a was let go) and is not kept: the next call prepares it again.
		expect(closed).toEqual(['b', 'a']);
		expect(cache.size).toBe(1);
		await cache.get('b');
		expect(prepared).toEqual(['a', 'b', 'c', 'b']);
	});

	it("keeps reads only: a load's writes are closed once run", () => {
		expect(isRead('  WITH x AS (SELECT 1) SELECT * FROM x')).toBe(true);
		expect(isRead('select 1')).toBe(true);
		expect(isRead('INSERT INTO t SELECT ?')).toBe(false);
		expect(isRead('CREATE OR REPLACE TABLE t AS SELECT ?')).toBe(false);
	});

	it('answers from the tables as they are now, after a load replaced them', async () => {
		const engine = await createNodeEngine();
		try {
			await engine.exec(`CREATE TABLE t AS SELECT 1 AS a`);
			const sql = `SELECT sum(a) AS s FROM t WHERE a >= ?`;
			expect(Number((await engine.query(sql, [0])).get(0)?.s)).toBe(1);
			await engine.exec(`CREATE OR REPLACE TABLE t AS SELECT 2.5::DOUBLE AS a UNION ALL SELECT 4`);
			expect(Number((await engine.query(sql, [0])).get(0)?.s)).toBe(6.5);
			await engine.exec(`DROP TABLE t`);
			await expect(engine.query(sql, [0])).rejects.toThrow(/t does not exist/);
			await engine.exec(`CREATE TABLE t AS SELECT 7 AS a`);
			expect(Number((await engine.query(sql, [0])).get(0)?.s)).toBe(7);
		} finally {
			await engine.close();
		}
	});
});
