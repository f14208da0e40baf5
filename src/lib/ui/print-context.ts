import { getContext, setContext } from 'svelte';

const KEY = Symbol('sverka:print');

/**
 * Charts inside the printable report draw as SVG (sharp on paper, text stays text in the PDF) and no
 * taller than an A4 landscape page less its caption; printed two abreast, so a page holds two.
 */
export const PRINT_CHART_MAX_HEIGHT = 480;

export function setPrintMode(): void {
	setContext(KEY, true);
}

export const isPrintMode = (): boolean => getContext<boolean | undefined>(KEY) ?? false;
