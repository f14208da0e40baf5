/** Colours chosen to survive a projector and a black-and-white printer: distinct in lightness, not only hue. */
// Five: a school year by четверть has four quarters and the year, and a sixth colour repeating the first
// would make «I четверть» and «Год» one bar.
export const PERIOD_COLOURS = ['#9ecae1', '#2171b5', '#08306b', '#6baed6', '#fd8d3c'];
export const DEFICIT_COLOUR = '#c8553d';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

const TITLE_TOP = 8;
const TITLE_LINE = 22;
const SUBTITLE_LINE = 15;

/**
 * Where a chart's own content may begin: below the title and its subtitle's lines. Legends sit here, the
 * plotting area below them.
 */
export function headerHeight(subtitle = ''): number {
	const lines = subtitle ? subtitle.split('\n').length : 0;
	return TITLE_TOP + TITLE_LINE + lines * SUBTITLE_LINE + 6;
}

/**
 * Shared frame of every chart: a title and a subtitle saying what it shows (period, group, area, n) inside
 * the image, so an exported PNG stands on its own; no animation.
 */
export function baseOption(title: string, description: string, subtitle = '') {
	return {
		title: {
			text: title,
			subtext: subtitle,
			left: 'center',
			top: TITLE_TOP,
			itemGap: 4,
			textStyle: { fontSize: 16, fontWeight: 600 as const },
			subtextStyle: { fontSize: 12, lineHeight: SUBTITLE_LINE, color: '#4a5563', align: 'center' as const }
		},
		textStyle: { fontFamily: FONT },
		animation: false,
		// The chart's numbers as text, in the UI language: what a screen reader (and a test) reads.
		aria: {
			enabled: true,
			label: {
				enabled: true,
				description: subtitle
					? `${title}. ${subtitle.replaceAll('\n', ' ')}. ${description}`
					: `${title}. ${description}`
			}
		},
		backgroundColor: '#ffffff'
	};
}
