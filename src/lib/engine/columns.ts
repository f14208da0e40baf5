import type { Table } from 'apache-arrow';

/** One column of a small aggregated result as a plain array (charts need arrays; large tables never come here). */
export function column<T = unknown>(table: Table, name: string): T[] {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`Result has no column ${name}`);
	return Array.from(vector.toArray() as ArrayLike<T>);
}
