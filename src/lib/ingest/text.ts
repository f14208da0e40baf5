/**
 * Fold text for comparison: lower case, ё → е, every run of what is not a letter or a digit (punctuation,
 * «», dashes, non-breaking spaces) one space, trimmed. The one rule, in JS here and in SQL in `foldSql`;
 * text.test.ts feeds both the same strings.
 */
export function fold(text: string): string {
	// Remembered: the detection folds each header against every rule, a million times for 1 000 columns.
	let folded = FOLDED.get(text);
	if (folded === undefined) {
		folded = text
			.toLowerCase()
			.replaceAll('ё', 'е')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
		if (FOLDED.size >= 20_000) FOLDED.clear();
		FOLDED.set(text, folded);
	}
	return folded;
}
const FOLDED = new Map<string, string>();

/** `fold` as SQL over an expression (DuckDB's regular expressions know the same Unicode classes). */
export function foldSql(sql: string): string {
	return `trim(regexp_replace(replace(lower(${sql}), 'ё', 'е'), '[^\\p{L}\\p{N}]+', ' ', 'g'))`;
}
