import type { ContextItem } from '../ingest/layout';

/** Who and which year the council's report is about, as the files say it (or the user typed it). */
export interface Heading {
	organisation: string | null;
	/** «2025/2026». */
	year: string | null;
}

/** The value most files give for a key (the first met on a tie). */
function mostSaid(contexts: ContextItem[][], key: ContextItem['key']): string | null {
	const counts = new Map<string, number>();
	for (const items of contexts)
		for (const v of new Set(items.filter((c) => c.key === key).map((c) => c.value.trim())))
			if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * The organisation and school year from the loaded files' titles and names; a year from the final
 * assessment's date (May 2026 → «2025/2026») when no file names one.
 */
export function headingFromFiles(contexts: ContextItem[][], finalDate: string | null = null): Heading {
	let year = mostSaid(
		contexts.map((items) => items.filter((c) => c.key === 'year' && c.value.includes('/'))),
		'year'
	);
	if (!year && finalDate && /^\d{4}-\d{2}/.test(finalDate)) {
		const [y, m] = finalDate.split('-').map(Number);
		const start = m >= 8 ? y : y - 1;
		year = `${start}/${start + 1}`;
	}
	return { organisation: mostSaid(contexts, 'organisation'), year };
}
