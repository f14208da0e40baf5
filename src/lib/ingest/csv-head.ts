import Papa from 'papaparse';

/** The delimiters users' tools write: Excel in a Russian locale `;`, Google Forms `,`, «Unicode text» tab. */
export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Split CSV text into records (quotes may hold delimiters, quotes and line breaks); stops after `limit`
 * records. Not papaparse: it reads a stray quote («"Волков" Иван;…») as opening a field that runs to the
 * end of the head and swallows the records after it; here the quote closes and the row stays one row.
 */
export function parseRecords(text: string, delimiter: Delimiter, limit = Infinity): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length && records.length < limit; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) {
			record.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += ch;
	}
	if ((field !== '' || record.length > 0) && records.length < limit) {
		record.push(field);
		records.push(record);
	}
	return records;
}

/**
 * The delimiter papaparse finds most consistent over the first records; `;` (Excel in a Russian locale)
 * when it cannot tell, as for a one-column file.
 */
export function sniffDelimiter(sample: string): Delimiter {
	const { meta, errors } = Papa.parse<string[]>(sample, {
		preview: 20,
		delimitersToGuess: [...DELIMITERS],
		// A short file's last line break leaves an empty record, one field whatever the delimiter: counted, it
		// made `;` look less steady than `,` in a dozen rows with two decimal-comma scores, and no row was read.
		skipEmptyLines: 'greedy'
	});
	if (errors.some((e) => e.code === 'UndetectableDelimiter')) return ';';
	return (DELIMITERS as readonly string[]).includes(meta.delimiter) ? (meta.delimiter as Delimiter) : ';';
}
