import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersFromUrl, filtersToQuery, NO_FILTERS, VIEWS } from './filters';

describe('filters in the URL', () => {
	it('round-trips view and filters, Cyrillic and quotes included', () => {
		const filters = {
			view: 'linkage' as const,
			period: 'Май 2026',
			group: 'Старшая «Радуга»',
			area: 'Речевое развитие',
			teacher: ''
		};
		const query = filtersToQuery(filters);
		expect(query).not.toContain('teacher');
		expect(filtersFromUrl(new URLSearchParams(query))).toEqual(filters);
	});

	it('falls back to the overview for an unknown view', () => {
		expect(filtersFromUrl(new URLSearchParams('?view=<script>'))).toEqual(NO_FILTERS);
	});

	it('round-trips any values (property)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...VIEWS),
				fc.string(),
				fc.string(),
				fc.string(),
				fc.string(),
				(view, period, group, area, teacher) => {
					const filters = { view, period, group, area, teacher };
					expect(filtersFromUrl(new URLSearchParams(filtersToQuery(filters)))).toEqual(filters);
				}
			)
		);
	});
});
