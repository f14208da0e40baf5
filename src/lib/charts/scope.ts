import type { Translate } from '../i18n';
import { wrapParts } from './text';

export type FilterKey = 'period' | 'group' | 'area' | 'teacher';

/**
 * What a chart shows, for its subtitle: the period, group, area and teacher it covers ('' is «all»; left
 * out when the chart has no such dimension), its n, and the filters set that it does not follow.
 */
export interface ChartScope {
	period?: string;
	group?: string;
	area?: string;
	teacher?: string;
	children?: number;
	teachers?: number;
	groups?: number;
	events?: number;
	ignored?: FilterKey[];
}

/** The subtitle's width in characters: two lines fit the narrowest chart card (about 500 px at 12 px). */
export const SUBTITLE_WIDTH = 78;

/** «период: Май 2026 · группа: все группы · детей: 224 · фильтр «Педагог» здесь не применяется», wrapped. */
export function scopeLine(scope: ChartScope, t: Translate): string {
	const parts: string[] = [];
	const say = (value: string | undefined, named: string, all: string, key: string) => {
		if (value === undefined) return;
		parts.push(value ? t(named as never, { [key]: value }) : t(all as never));
	};
	say(scope.period, 'chart.scope.period', 'chart.scope.allPeriods', 'period');
	say(scope.group, 'chart.scope.group', 'chart.scope.allGroups', 'group');
	say(scope.area, 'chart.scope.area', 'chart.scope.allAreas', 'area');
	say(scope.teacher, 'chart.scope.teacher', 'chart.scope.allTeachers', 'teacher');
	for (const unit of ['children', 'teachers', 'groups', 'events'] as const) {
		const n = scope[unit];
		if (n !== undefined) parts.push(t(`chart.scope.${unit}`, { n }));
	}
	for (const key of scope.ignored ?? []) parts.push(t('chart.scope.ignored', { filter: t(`filter.${key}`) }));
	return wrapParts(parts.join(' · '), SUBTITLE_WIDTH);
}

/** The filters the user has set that a chart does not follow, so its subtitle can say so. */
export function ignoredFilters(
	filters: Record<FilterKey, string>,
	follows: readonly FilterKey[]
): FilterKey[] {
	return (['period', 'group', 'area', 'teacher'] as const).filter((k) => filters[k] && !follows.includes(k));
}
