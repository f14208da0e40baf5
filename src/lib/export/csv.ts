/** Cells Excel would run as a formula: a leading =, +, -, @ (or a tab / carriage return before one). */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as text, neutralised against formula injection with a leading apostrophe, as OWASP advises. */
export function safeCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	// Numbers are data, not formulas: «-2» stays a number Excel can sum.
	if (typeof value === 'number') return String(value);
	const text = String(value);
	return FORMULA.test(text) ? `'${text}` : text;
}

/**
 * A table as CSV that Excel opens correctly in a Russian locale: UTF-8 with BOM, `;` by default,
 * CRLF line ends, quotes where needed, formula injection neutralised.
 */
export function toCsv(header: string[], rows: unknown[][], delimiter: ';' | ',' = ';'): string {
	const quote = (text: string) =>
		text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	const lines = [header, ...rows].map((row) => row.map((v) => quote(safeCell(v))).join(delimiter));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
