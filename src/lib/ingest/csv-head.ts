/** The delimiters users' tools write: Excel in a Russian locale `;`, Google Forms `,`, «Unicode text» tab. */
export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Split CSV text into records (quotes may hold delimiters, quotes and line breaks); stops after `limit`
 * records.
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
 * Pick the delimiter that splits the first lines into the same, largest number of fields.
 * Consistency matters more than count: a comma inside «Фамилия, имя» must not win over `;`.
 */
export function sniffDelimiter(sample: string): Delimiter {
	let best: Delimiter = ';';
	let bestScore = -1;
	for (const delimiter of DELIMITERS) {
		const records = parseRecords(sample, delimiter, 20).filter((r) => r.some((f) => f.trim() !== ''));
		if (records.length === 0) continue;
		const width = records[0].length;
		if (width < 2) continue;
		const consistent = records.filter((r) => r.length === width).length / records.length;
		const score = consistent * 1000 + width;
		if (score > bestScore) {
			bestScore = score;
			best = delimiter;
		}
	}
	return best;
}
