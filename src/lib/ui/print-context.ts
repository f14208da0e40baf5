import { getContext, setContext } from 'svelte';

const KEY = Symbol('sverka:print');

/**
 * Charts inside the printable report draw as SVG (sharp on paper, text stays text in the PDF) and no
 * taller than an A4 landscape page, so a page break never has to cut one.
 */
export const PRINT_CHART_MAX_HEIGHT = 560;

export function setPrintMode(): void {
	setContext(KEY, true);
}

export const isPrintMode = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
