/**
 * Pixel ratio of exported PNGs: a slide's chart is 1 800 px wide, more than a projector shows. 2× drew
 * 2 400 px in a task of 60 ms (most of it filling the canvas), a freeze of its own in every export.
 */
export const PNG_PIXEL_RATIO = 1.5;

/** A file name that survives every file system: letters, digits and dashes. */
export function exportFileName(stem: string, extension: string): string {
	const safe = stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
	return `${safe || 'chart'}.${extension}`;
}
