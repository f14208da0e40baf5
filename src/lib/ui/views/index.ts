import type { Component } from 'svelte';
import type { Filters, Screen } from '$lib/state/filters';
import type { Session } from '$lib/state/session.svelte';
import CoverageView from './CoverageView.svelte';
import DeficitsView from './DeficitsView.svelte';
import DraftPlanView from './DraftPlanView.svelte';
import LinkageView from './LinkageView.svelte';
import OutcomesView from './OutcomesView.svelte';
import Overview from './Overview.svelte';
import QualityView from './QualityView.svelte';
import Report from './Report.svelte';
import TeacherView from './TeacherView.svelte';

/** What every view is given; a view reads the filters it follows and ignores the rest. */
export type ViewProps = { session: Session; filters: Filters };

/** The component each screen of the navigation (and the report) shows. */
export const VIEW_COMPONENTS: Record<Screen, Component<ViewProps>> = {
	overview: Overview,
	outcomes: OutcomesView,
	deficits: DeficitsView,
	linkage: LinkageView,
	coverage: CoverageView,
	draft: DraftPlanView,
	teacher: TeacherView,
	quality: QualityView,
	report: Report
};
