import { sourceFromBlob, type SourceFile } from '../ingest';

// The sample year ships with the page as hashed assets of its own origin.
const SAMPLE_URLS = import.meta.glob('/data-samples/*.csv', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Fetch the sample year's files from the page's own origin. */
export async function fetchSamples(): Promise<SourceFile[]> {
	return Promise.all(
		Object.entries(SAMPLE_URLS)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(async ([path, url]) => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
				return sourceFromBlob(path.split('/').pop()!, await response.blob());
			})
	);
}
