/** What chart export needs of a rendered chart, so this module stays free of ECharts. */
export interface ImageSource {
	getDataURL(options: { type: 'png' | 'svg'; pixelRatio?: number; backgroundColor?: string }): string;
}

/** Pixel ratio of exported PNGs: 2× so a chart stays sharp on a projected slide. */
export const PNG_PIXEL_RATIO = 2;

export function chartPng(chart: ImageSource): string {
	return chart.getDataURL({ type: 'png', pixelRatio: PNG_PIXEL_RATIO, backgroundColor: '#ffffff' });
}

/** A file name that survives every file system: letters, digits and dashes. */
export function exportFileName(stem: string, extension: string): string {
	const safe = stem.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
	return `${safe || 'chart'}.${extension}`;
}
