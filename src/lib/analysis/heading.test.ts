import { describe, expect, it } from 'vitest';
import { headingFromFiles } from './heading';
import type { ContextItem } from '../ingest/layout';

const item = (key: ContextItem['key'], value: string): ContextItem =>
	({ key, value, source: 'title', text: value }) as ContextItem;

describe('report heading', () => {
	it('takes the organisation and school year most files name', () => {
		expect(
			headingFromFiles([
				[item('organisation', 'МБДОУ «Сказка»'), item('year', '2025/2026')],
				[item('organisation', 'МБДОУ «Сказка»')],
				[item('year', '2025/2026'), item('year', '2026')]
			])
		).toEqual({ organisation: 'МБДОУ «Сказка»', year: '2025/2026' });
	});

	it('falls back to the school year of the final assessment, and says nothing it does not know', () => {
		expect(headingFromFiles([[item('year', '2026')]], '2026-05-31')).toEqual({
			organisation: null,
			year: '2025/2026'
		});
		expect(headingFromFiles([], null)).toEqual({ organisation: null, year: null });
	});
});
