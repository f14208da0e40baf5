import { isMarksScale } from '../analysis/marks';
import { formatNumber, type Locale, type Translate } from './index';

type Scale = { min: number; max: number; words: boolean };

/**
 * The one sentence that states the page's outcome scale: every result in % of its file's scale (0 % the
 * lowest score, 100 % the highest), with a worked example when all files share one scale, so «58 %» and
 * «1,7 из 3» are seen to be the same thing. School marks 2–5 are read as marks; only differences are in %.
 */
export function scaleNote(scales: Scale[], t: Translate, locale: Locale): string {
	if (scales.length === 0) return '';
	const distinct = [...new Map(scales.map((s) => [`${s.min}|${s.max}|${s.words}`, s])).values()];
	if (distinct.every(isMarksScale)) return t('scale.noteMarks');
	if (distinct.length > 1) return t('scale.noteMixed', { n: distinct.length });
	const [s] = distinct;
	const mid = (s.min + s.max) / 2;
	return t('scale.note', { min: formatNumber(locale, s.min), max: formatNumber(locale, s.max), mid });
}
