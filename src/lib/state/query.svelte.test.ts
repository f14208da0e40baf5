import { describe, expect, it } from 'vitest';
import { Query } from './query.svelte';

/** A request the test answers by hand, so the order of answers is the test's, not the clock's. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('a view query', () => {
	it('keeps the newer answer when an older, slower request resolves after it', async () => {
		const query = new Query<string>();
		const older = deferred<string>();
		const newer = deferred<string>();
		const first = query.run('group=Радуга', () => older.promise);
		const second = query.run('group=Ромашка', () => newer.promise);
		expect(query.pending).toBe(true);
		newer.resolve('Ромашка');
		await second;
		expect(query.result).toBe('Ромашка');
		expect(query.readyFor('group=Ромашка')).toBe(true);
		older.resolve('Радуга');
		await first;
		expect(query.result).toBe('Ромашка');
		expect(query.readyFor('group=Ромашка')).toBe(true);
		expect(query.readyFor('group=Радуга')).toBe(false);
	});

	it('is not ready while a newer request is on its way, even with an answer shown', async () => {
		const query = new Query<number>();
		await query.run('a', async () => 1);
		expect(query.readyFor('a')).toBe(true);
		const slow = deferred<number>();
		const next = query.run('b', () => slow.promise);
		expect(query.readyFor('a')).toBe(false);
		expect(query.readyFor('b')).toBe(false);
		expect(query.result).toBe(1);
		slow.resolve(2);
		await next;
		expect(query.readyFor('b')).toBe(true);
	});

	it('keeps a failure as a value: no rejection, no stale result, ready for the key it failed on', async () => {
		const query = new Query<number>();
		await query.run('a', async () => 1);
		await expect(
			query.run('b', async () => {
				throw new Error('Catalog Error: Table with name outcomes does not exist');
			})
		).resolves.toBeUndefined();
		expect(query.result).toBeNull();
		expect(String(query.error)).toMatch(/outcomes does not exist/);
		expect(query.readyFor('b')).toBe(true);
		await query.run('c', async () => 3);
		expect(query.error).toBeNull();
		expect(query.result).toBe(3);
	});

	it('drops an older failure that arrives after a newer success', async () => {
		const query = new Query<number>();
		const older = deferred<number>();
		const first = query.run('a', () => older.promise);
		await query.run('b', async () => 2);
		older.reject(new Error('late'));
		await first;
		expect(query.error).toBeNull();
		expect(query.result).toBe(2);
		expect(query.readyFor('b')).toBe(true);
	});
});
