/** The screens of DESIGN.md «Views», in the order the navigation shows them. */
export const VIEWS = [
	'overview',
	'outcomes',
	'deficits',
	'linkage',
	'coverage',
	'draft',
	'teacher',
	'quality'
] as const;
export type View = (typeof VIEWS)[number];
/** The printable report: every view in one page, reached from the toolbar rather than the navigation. */
export type Screen = View | 'report';

/** What the user looks at: the view and the filters that apply across views. Empty means «all». */
export interface Filters {
	view: Screen;
	period: string;
	group: string;
	area: string;
	teacher: string;
}

export const NO_FILTERS: Filters = { view: 'overview', period: '', group: '', area: '', teacher: '' };
const KEYS = ['period', 'group', 'area', 'teacher'] as const;

/** Read view and filters from a URL's query, so a link reopens the same screen. Unknown values fall back. */
export function filtersFromUrl(params: URLSearchParams): Filters {
	const view = params.get('view');
	const filters: Filters = {
		...NO_FILTERS,
		view: view === 'report' || VIEWS.includes(view as View) ? (view as Screen) : 'overview'
	};
	for (const key of KEYS) filters[key] = params.get(key) ?? '';
	return filters;
}

/** The query string for view and filters; empty filters are left out. */
export function filtersToQuery(filters: Filters): string {
	const params = new URLSearchParams();
	if (filters.view !== 'overview') params.set('view', filters.view);
	for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
	const query = params.toString();
	return query ? `?${query}` : '?';
}

/**
 * The filters each view follows; the filter bar says of the others that they do not apply there (the
 * charts' subtitles say it too). Outcomes are not narrowed to a teacher's groups: that would read as
 * judging a teacher by children's results (DESIGN, «What Sverka must never do»); the teacher card shows them.
 */
export const FILTERS_OF: Record<Screen, readonly (typeof KEYS)[number][]> = {
	overview: [],
	outcomes: ['period', 'group', 'area'],
	deficits: ['group', 'area', 'teacher'],
	linkage: ['area'],
	coverage: [],
	teacher: ['teacher'],
	quality: [],
	report: [],
	draft: []
};
