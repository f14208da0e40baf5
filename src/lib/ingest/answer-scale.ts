import { LIKERT_SCALES } from './scales';
import { fold } from './text';

/** Answers that say «no answer»: missing for that cell, never a reject. */
const MISSING = new Set(
	[
		'',
		'затрудняюсь',
		'затрудняюсь ответить',
		'затрудняюсь с ответом',
		'нет ответа',
		'не знаю',
		'не могу ответить',
		'не могу оценить',
		'не применимо',
		'неприменимо',
		'не применяю в работе',
		'n a',
		'na',
		'no answer',
		"don't know",
		'dont know'
	].map(fold)
);

/**
 * Cue words placing an answer on a 1–4 ladder, the first match winning: «не испытываю затруднений» is
 * high before «затрудн» is low; «необходимо совершенствование» is middle before «получается» is high.
 */
const CUES: [RegExp, number][] = [
	[/(не испытываю|нет|без) затруднен/, 3],
	[/в совершенстве|свободно|отлично|эксперт|могу научить|могу поделиться|mastered|expert/, 4],
	[
		/частичн|совершенствован|иногда|не всегда|отчасти|недостаточно|средн|нужна помощь|с помощью|partly|sometimes|medium/,
		2
	],
	[/затрудн|не владею|не умею|не получается|низк|никогда|не использую|слабо|^нет$|never|^no$|low/, 1],
	[/хорошо|владею|умею|получается|высок|уверенно|всегда|полностью|^да$|использую|well|always|^yes$|high/, 3]
];

export type AnswerScaleHow = 'known' | 'numbers' | 'cues' | 'user';

/** The word scale of one question or grid, from its weakest answer to its strongest. */
export interface AnswerScale {
	how: AnswerScaleHow;
	/** Points on the scale: scores run 1..levels and normalise as (score − 1) / (levels − 1). */
	levels: number;
	answers: { answer: string; score: number }[];
	/** Answers that say «no answer»: missing cells. */
	missing: string[];
	/** Answers the scale does not hold: that cell alone is rejected. */
	unknown: string[];
}

export const isMissingAnswer = (answer: string) => MISSING.has(fold(answer));

function cueOf(answer: string): number | null {
	const folded = fold(answer);
	return CUES.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}

/**
 * Infer the scale a question's (or a grid's) word answers lie on, from the distinct answers seen: a
 * known wording (Не владею … Владею в совершенстве) as a whole, else the numbers the answers start
 * with («1 — не владею»), else cue words (затруднения → low,
 * необходимо совершенствование → middle, хорошо → high, в совершенстве → top). `order`, the user's
 * order from weakest to strongest, overrides both.
 */
export function inferAnswerScale(answers: string[], order?: string[]): AnswerScale {
	const missing = answers.filter(isMissingAnswer);
	const words = answers.filter((a) => !isMissingAnswer(a));
	const scored = (how: AnswerScaleHow, levels: number, score: (a: string) => number | null) => {
		const known = words.map((answer) => ({ answer, score: score(answer) }));
		return {
			how,
			levels,
			answers: known
				.filter((k): k is { answer: string; score: number } => k.score !== null)
				.sort((a, b) => a.score - b.score || a.answer.localeCompare(b.answer)),
			missing,
			unknown: known.filter((k) => k.score === null).map((k) => k.answer)
		};
	};
	if (order?.length) {
		const folded = order.map(fold);
		return scored('user', order.length, (a) => {
			const i = folded.indexOf(fold(a));
			return i < 0 ? null : i + 1;
		});
	}
	// «1 — не владею … 4 — владею в совершенстве»: the number the form put first is the point.
	const numbered = words.map((w) => /^\s*(\d{1,2})\s*[-–—.)]/.exec(w)?.[1]);
	if (words.length > 0 && numbered.every((n) => n !== undefined)) {
		const points = numbered.map(Number);
		const low = Math.min(...points) === 0 ? 1 : 0;
		return scored('numbers', Math.max(...points) + low, (a) => points[words.indexOf(a)] + low);
	}
	const scale = LIKERT_SCALES.find((s) => words.length > 0 && words.every((w) => s.includes(fold(w))));
	if (scale) return scored('known', scale.length, (a) => scale.indexOf(fold(a)) + 1);
	const top = words.some((w) => cueOf(w) === 4) ? 4 : 3;
	return scored('cues', top, cueOf);
}
