/** Pixel ratio of exported PNGs: 2× so a chart stays sharp on a projected slide. */
export const PNG_PIXEL_RATIO = 2;

/** A file name that survives every file system: letters, digits and dashes. */
export function exportFileName(stem: string, extension: string): string {
	const safe = stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
	return `${safe || 'chart'}.${extension}`;
}
