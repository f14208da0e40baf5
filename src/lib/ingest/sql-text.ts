import { ident, literal } from '../engine/sql';
import { OUTCOME_LEVEL_WORDS } from './scales';

/** SQL reading a text cell as a number: decimal comma, spaces and non-breaking spaces as thousands separators. */
export function numberFrom(column: string): string {
	const c = ident(column);
	// The fast path reads «2,5» at once; only what it cannot read pays for the full clean-up.
	return `coalesce(TRY_CAST(replace(${c}, ',', '.') AS DOUBLE),
		TRY_CAST(replace(replace(replace(trim(${c}), chr(160), ''), ' ', ''), ',', '.') AS DOUBLE))`;
}

/**
 * SQL for a trimmed cell, NULL when empty. `trim` is costly on a million Cyrillic strings, so it runs
 * only on the cells that start or end with a space.
 */
export function cell(column: string | undefined): string {
	if (column === undefined) return 'NULL';
	const c = ident(column);
	const spaces = [`' '`, 'chr(9)', 'chr(160)'];
	const edges = spaces.map((ch) => `starts_with(${c}, ${ch}) OR ends_with(${c}, ${ch})`).join(' OR ');
	return `nullif(CASE WHEN ${edges} THEN trim(${c}, ${spaces.join(' || ')}) ELSE ${c} END, '')`;
}

/** SQL folding a text cell for word lookup: lower case, ё → е, dots and extra spaces gone. */
export function foldedSql(sql: string): string {
	return `trim(regexp_replace(replace(replace(lower(${sql}), 'ё', 'е'), '.', ''), '\\s+', ' ', 'g'))`;
}

/** SQL reading an outcome score: a number, or a level word («высокий», «В», «сформирован») on 0–3. */
export function scoreFrom(column: string): string {
	const words = OUTCOME_LEVEL_WORDS.map(([word, score]) => `WHEN ${literal(word)} THEN ${score}`).join(' ');
	// The word lookup runs only where the number did not read: coalesce stops at the first value.
	return `coalesce(${numberFrom(column)}, CASE ${foldedSql(ident(column))} ${words} END)`;
}
