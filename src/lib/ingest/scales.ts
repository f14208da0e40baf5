/** A numeric scale scores are read on, and how they map onto 0..1. */
export interface Scale {
	min: number;
	max: number;
}

/**
 * Infer an outcome scale from the values seen: the kindergarten levels 0–3 (3 высокий … 0 критический),
 * 0–2, school marks 2–5, or percent 0–100.
 */
export function inferScale(min: number, max: number): Scale {
	if (min >= 0 && max <= 2) return { min: 0, max: 2 };
	if (min >= 0 && max <= 3) return { min: 0, max: 3 };
	if (min >= 2 && max <= 5) return { min: 2, max: 5 };
	if (min >= 1 && max <= 5) return { min: 1, max: 5 };
	if (min >= 0 && max <= 10) return { min: 0, max: 10 };
	return { min: 0, max: 100 };
}

/** Level bands on the normalised score: the lower half is low, the top sixth high. */
export const LEVEL_CUTS = { low: 0.5, high: 5 / 6 } as const;

/** Likert wordings used in teacher surveys, each list from the weakest answer to the strongest. */
export const LIKERT_SCALES: string[][] = [
	['не владею', 'частично владею', 'владею', 'владею в совершенстве'],
	['не владею', 'владею частично', 'владею', 'владею в совершенстве'],
	['нет', 'скорее нет', 'скорее да', 'да'],
	['низкий', 'средний', 'высокий']
];
