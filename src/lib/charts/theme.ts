/** Colours chosen to survive a projector and a black-and-white printer: distinct in lightness, not only hue. */
export const PERIOD_COLOURS = ['#9ecae1', '#2171b5', '#08306b', '#6baed6'];
export const DEFICIT_COLOUR = '#c8553d';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Shared frame of every chart: a title inside the image (so an exported PNG stands on its own), no animation. */
export function baseOption(title: string, description: string) {
	return {
		title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 16, fontWeight: 600 as const } },
		textStyle: { fontFamily: FONT },
		animation: false,
		// The chart's numbers as text, in the UI language: what a screen reader (and a test) reads.
		aria: { enabled: true, label: { enabled: true, description: `${title}. ${description}` } },
		backgroundColor: '#ffffff'
	};
}
