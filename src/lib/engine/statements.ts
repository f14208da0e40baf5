/**
 * Prepared statements kept by their SQL, the least recently used closed past `max`: a filter's queries are
 * the same few texts with new parameters, and preparing each again cost a round trip to the worker and a
 * plan. DuckDB binds a kept statement again when a table it reads was replaced (every load replaces them).
 */
export class StatementCache<S> {
	#kept = new Map<string, Promise<S>>();

	constructor(
		private readonly prepare: (sql: string) => Promise<S>,
		private readonly close: (statement: S) => Promise<unknown>,
		private readonly max = 64
	) {}

	/** The statement for `sql`, prepared once; a failed preparation is not kept. */
	get(sql: string): Promise<S> {
		const kept = this.#kept.get(sql);
		if (kept) {
			// Most recently used last: the Map keeps insertion order.
			this.#kept.delete(sql);
			this.#kept.set(sql, kept);
			return kept;
		}
		const made = this.prepare(sql);
		this.#kept.set(sql, made);
		made.catch(() => {
			if (this.#kept.get(sql) === made) this.#kept.delete(sql);
		});
		if (this.#kept.size > this.max) {
			const [oldest, statement] = this.#kept.entries().next().value!;
			this.#kept.delete(oldest);
			statement.then((s) => this.close(s)).catch(() => undefined);
		}
		return made;
	}

	get size(): number {
		return this.#kept.size;
	}

	/** Close every kept statement (the connection is closing). */
	async clear(): Promise<void> {
		const all = [...this.#kept.values()];
		this.#kept.clear();
		await Promise.all(all.map((s) => s.then((x) => this.close(x)).catch(() => undefined)));
	}
}

/**
 * Only reads are kept (a view's queries, asked again on every filter); a load's writes run once and are
 * closed, so no statement outlives the tables a load replaces by more than the next read of them.
 */
export const isRead = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql);
