import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';

/** A table of 10 000 columns is refused in words at once, and the earlier files stay (issue 15.6). */
let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const wide = (columns: number, children = 1) => {
	const header = [
		'ФИО ребёнка',
		'Группа',
		...Array.from({ length: columns }, (_, i) => `Показатель ${i + 1}`)
	];
	const rows = Array.from({ length: children }, (_, r) =>
		[`Ребёнок ${r + 1}`, 'Ягодка', ...Array.from({ length: columns }, (_, i) => String((i + r) % 4))].join(
			';'
		)
	);
	return new TextEncoder().encode(`${header.join(';')}\r\n${rows.join('\r\n')}\r\n`);
};

describe('column cap', () => {
	it('10 000 columns: refused with its reason in under a few seconds, nothing read', async () => {
		const start = performance.now();
		const { reports } = await loadAll(engine, [sourceFromBytes('wide.csv', wide(10_000))]);
		expect(performance.now() - start).toBeLessThan(5000);
		expect(reports[0]).toMatchObject({ error: 'too_many_columns', rowsLoaded: 0 });
		// The head read (64 KB) holds enough of the header to tell: past 2 000 is past 2 000.
		expect(Number(reports[0].detail)).toBeGreaterThan(2000);
	});

	it('1 000 columns: every row loads, every cell a score, in seconds', async () => {
		const start = performance.now();
		const { reports } = await loadAll(engine, [sourceFromBytes('wide.csv', wide(1000, 40))]);
		// Generous for a busy machine: the SQL once grew with the columns and took minutes here.
		expect(performance.now() - start).toBeLessThan(20_000);
		expect(reports[0]).toMatchObject({ kind: 'outcomes', rowsIn: 40, rowsLoaded: 40, rowsRejected: 0 });
		const cells = await engine.query(
			`SELECT count(*) AS n, count(DISTINCT child_id) AS children, sum(score) AS total FROM outcomes`
		);
		expect(cells.get(0)?.toJSON()).toMatchObject({ n: 40_000, children: 40 });
		// Each row's scores are (i + r) % 4 over 1 000 columns: 1 500 a row, every one read.
		expect(Number(cells.get(0)?.total)).toBe(40 * 1500);
	});
});
