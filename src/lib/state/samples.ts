import { sourceFromBlob, type SourceFile } from '../ingest';

/** The two sample years: a kindergarten's and a school's (data-samples/school/README.md). */
export type SampleKind = 'kindergarten' | 'school';

// The sample years ship with the page as hashed assets of its own origin.
const SAMPLE_URLS: Record<SampleKind, Record<string, string>> = {
	kindergarten: import.meta.glob('/data-samples/*.csv', {
		query: '?url',
		import: 'default',
		eager: true
	}) as Record<string, string>,
	school: import.meta.glob('/data-samples/school/*.csv', {
		query: '?url',
		import: 'default',
		eager: true
	}) as Record<string, string>
};

/** Fetch a sample year's files from the page's own origin. */
export async function fetchSamples(kind: SampleKind = 'kindergarten'): Promise<SourceFile[]> {
	return Promise.all(
		Object.entries(SAMPLE_URLS[kind])
			.sort(([a], [b]) => a.localeCompare(b))
			.map(async ([path, url]) => {
				const response = await fetch(url);
				if (!response.ok) throw new Error(`${path}: ${response.status}`);
				return sourceFromBlob(path.split('/').pop()!, await response.blob());
			})
	);
}
