import type { Engine } from './types';

/** DuckDB's own account of the memory it holds in the wasm heap, and its limit, in bytes. */
export async function engineMemory(engine: Engine): Promise<{ used: number; limit: number }> {
	const row = (
		await engine.query(
			`SELECT (SELECT sum(memory_usage_bytes) FROM duckdb_memory())::DOUBLE AS used,
			   (SELECT memory_limit FROM pragma_database_size()) AS limit_text`
		)
	).get(0)!;
	return { used: Number(row.used), limit: bytesOf(String(row.limit_text)) };
}

/** «3.1 GiB» as DuckDB says a size, in bytes (NaN when it says something else). */
export function bytesOf(text: string): number {
	const match = /^([\d.]+)\s*(bytes|[KMGT]i?B)$/.exec(text.trim());
	if (!match) return NaN;
	const unit = match[2];
	const power = unit === 'bytes' ? 0 : 'KMGT'.indexOf(unit[0]) + 1;
	return Number(match[1]) * (unit.includes('i') || unit === 'bytes' ? 1024 : 1000) ** power;
}
