/** Pixel ratio of a chart downloaded as PNG (for a report or a slide): 2× the chart on screen, sharp in print. */
export const PNG_PIXEL_RATIO = 2;
/**
 * Pixel ratio of the deck's charts: 1 800 px a slide, more than a projector shows. At 2× a slide's chart filled
 * 2 400 px in a task of 60 ms, four of them in one export; a chart downloaded alone is half that width.
 */
export const DECK_PIXEL_RATIO = 1.5;

/** A file name that survives every file system: letters, digits and dashes. */
export function exportFileName(stem: string, extension: string): string {
	const safe = stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
	return `${safe || 'chart'}.${extension}`;
}
