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

/**
 * The scale a legend states («3 балла — самостоятельно; 2 балла — с помощью; 1 балл — не выполняет»): its
 * lowest and highest points, or null when it names fewer than two. A 1–3 card read as 0–3 would put a
 * child who scored 1 at a third of the scale instead of its bottom.
 */
export function legendScale(texts: string[]): Scale | null {
	const points = texts.flatMap((t) => [...t.matchAll(/(\d+)\s*балл/giu)].map((m) => Number(m[1])));
	if (points.length < 2) return null;
	const [min, max] = [Math.min(...points), Math.max(...points)];
	return max > min ? { min, max } : null;
}

/**
 * A numeric Likert scale from the answers seen: starting at 0 or 1, ending at the smallest usual top
 * (3, 4, 5, 7, 10) that holds every answer. Stated to the user, since «4» means more on 1–4 than on 1–5.
 */
export function inferLikertScale(min: number, max: number): Scale {
	const top = [3, 4, 5, 7, 10].find((t) => max <= t) ?? Math.ceil(max);
	return { min: min >= 1 ? 1 : 0, max: top };
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

/**
 * Outcome levels written as words, placed on the kindergarten scale 0–3 (3 высокий, 2 средний,
 * 1 низкий, 0 критический). Keys are folded: lower case, ё → е, no dots.
 */
export const OUTCOME_LEVEL_WORDS: [string, number][] = [
	['высокий', 3],
	['в', 3],
	['сформирован', 3],
	['сформировано', 3],
	['средний', 2],
	['с', 2],
	['частично сформирован', 2],
	['частично сформировано', 2],
	['в стадии формирования', 2],
	['низкий', 1],
	['н', 1],
	['не сформирован', 1],
	['не сформировано', 1],
	['критический', 0],
	['high', 3],
	['medium', 2],
	['low', 1]
];
