import Papa from 'papaparse';

/** Cells Excel would run as a formula: a leading =, +, -, @ (or a tab / carriage return before one). */
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as text, neutralised against formula injection with a leading apostrophe, as OWASP advises. */
export function safeCell(value: unknown, decimal: '.' | ',' = '.'): string {
	if (value === null || value === undefined) return '';
	// Numbers are data, not formulas: «-2» stays a number Excel can sum.
	if (typeof value === 'number') return decimal === ',' ? String(value).replace('.', ',') : String(value);
	const text = String(value);
	return FORMULA.test(text) ? `'${text}` : text;
}

/**
 * A table as CSV that Excel opens correctly: UTF-8 with BOM, CRLF line ends, quotes where needed, formula
 * injection neutralised. `;` is the Russian locale's list separator, and there the decimal mark is a comma
 * («56,9»; «56.9» would open as a date); with `,` numbers keep the point.
 */
export function toCsv(header: string[], rows: unknown[][], delimiter: ';' | ',' = ';'): string {
	const decimal = delimiter === ';' ? ',' : '.';
	const csv = Papa.unparse(
		[header, ...rows].map((row) => row.map((v) => safeCell(v, decimal))),
		{
			delimiter,
			newline: '\r\n',
			// Neutralised by `safeCell`, not papaparse's `escapeFormulae`: that cannot tell the number «-0,5» written
			// for a Russian Excel from text, and misses a formula whose cell holds a line break.
			escapeFormulae: false,
			// Any list separator is quoted, not only ours: Excel in another locale splits on `,` or `;`, and an
			// unquoted «a,=cmd|…» would put a formula in a cell of its own.
			quotes: (value: unknown) => /[;,\t]/.test(String(value))
		}
	);
	return '\uFEFF' + csv + '\r\n';
}
