import { ident, literal, Sql } from '../engine/sql';
import { OUTCOME_LEVEL_WORDS } from './scales';
import { foldSql } from './text';

/** SQL reading a text cell as a number: decimal comma, spaces and non-breaking spaces as thousands separators. */
export function numberFrom(column: string): Sql {
	return numberOf(new Sql(ident(column)));
}

/** `numberFrom` over any expression (a list element in a lambda). */
export function numberOf(c: Sql): Sql {
	const fast = `TRY_CAST(replace(${c}, ',', '.') AS DOUBLE)`;
	// CASE, not coalesce: DuckDB evaluates every argument of coalesce, but only the taken CASE branch,
	// so the full clean-up runs just for the cells the fast path cannot read.
	return new Sql(`CASE WHEN ${fast} IS NOT NULL THEN ${fast}
		ELSE TRY_CAST(replace(replace(replace(trim(${c}), chr(160), ''), ' ', ''), ',', '.') AS DOUBLE) END`);
}

/**
 * SQL for a trimmed cell, NULL when empty. `trim` is costly on a million Cyrillic strings, so it runs
 * only on the cells that start or end with a space.
 */
export function cell(column: string | undefined): Sql {
	return column === undefined ? new Sql('NULL') : cellOf(new Sql(ident(column)));
}

/** `cell` over any expression (a list element in a lambda). */
export function cellOf(c: Sql): Sql {
	const spaces = [`' '`, 'chr(9)', 'chr(160)'];
	const edges = spaces.map((ch) => `starts_with(${c}, ${ch}) OR ends_with(${c}, ${ch})`).join(' OR ');
	return new Sql(`nullif(CASE WHEN ${edges} THEN trim(${c}, ${spaces.join(' || ')}) ELSE ${c} END, '')`);
}

/** SQL reading an outcome level word («высокий», «В.», «не-сформирован») onto the 0–3 scale; NULL if none. */
export function levelWord(column: string): Sql {
	return levelWordOf(new Sql(ident(column)));
}

/** `levelWord` over any expression. */
export function levelWordOf(expr: Sql): Sql {
	const words = OUTCOME_LEVEL_WORDS.map(([word, score]) => `WHEN ${literal(word)} THEN ${score}`).join(' ');
	return new Sql(`CASE ${foldSql(String(expr))} ${words} END`);
}
