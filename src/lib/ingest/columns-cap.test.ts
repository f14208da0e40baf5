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

const wide = (columns: number) => {
	const header = [
		'ФИО ребёнка',
		'Группа',
		...Array.from({ length: columns }, (_, i) => `Показатель ${i + 1}`)
	];
	const row = ['Аня', 'Ягодка', ...Array.from({ length: columns }, (_, i) => String(i % 4))];
	return new TextEncoder().encode(`${header.join(';')}\r\n${row.join(';')}\r\n`);
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
});
