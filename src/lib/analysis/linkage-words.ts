import { formatNumber, formatPercent, type Locale, type Translate } from '../i18n';
import type { LinkageResult } from './linkage';

const points = (locale: Locale, x: number | null, digits = 1) =>
	x === null ? '—' : formatPercent(locale, x, digits);

/** Why a pair has no verdict, in words a methodist reads aloud (the clause after «данных недостаточно»). */
export function reasonWords(l: LinkageResult, t: Translate, locale: Locale): string {
	const unexposed = l.n_groups - l.n_exposed;
	switch (l.reason) {
		case 'single_period':
			return t('reason.single_period', {
				direction: t((l.effect ?? 0) < 0 ? 'reason.direction.lower' : 'reason.direction.higher'),
				effect: points(locale, l.effect === null ? null : Math.abs(l.effect))
			});
		case 'confounded':
			return t('reason.confounded');
		case 'underpowered':
			return t('reason.underpowered', {
				compared: l.n_compared,
				pmin: l.p_min === null ? '—' : formatNumber(locale, l.p_min, 3)
			});
		default:
			return t('reason.few_groups', { exposed: l.n_exposed, unexposed });
	}
}

/** One pair as a finding: the numbers first, then what they do and do not say, then the groups left out. */
export function linkageSentence(l: LinkageResult, t: Translate, locale: Locale): string {
	const small = l.balance.small_groups;
	const note = small.length ? ` ${t('linkage.small', { groups: small.join(', ') })}` : '';
	return pairSentence(l, t, locale) + note;
}

function pairSentence(l: LinkageResult, t: Translate, locale: Locale): string {
	const vars = {
		competency: l.competency,
		area: l.area,
		measure: t(l.measure === 'growth' ? 'finding.measure.growth' : 'finding.measure.level'),
		effect: points(locale, l.effect === null ? null : Math.abs(l.effect)),
		low: points(locale, l.ci_low),
		high: points(locale, l.ci_high),
		groups: l.n_groups,
		exposed: l.n_exposed,
		mdd: points(locale, l.mdd),
		adjusted: l.adjusted ? t('finding.adjusted') : '',
		q: l.q === null ? '—' : formatNumber(locale, l.q, 3)
	};
	if (l.verdict === 'linked') {
		// «lower by 13.5 (CI 10 to 16.8)»: the interval in the same direction as the sentence.
		// An open side (null) is as far as it gets: ∞ in the sentence.
		const [a, b] = [l.ci_low, l.ci_high]
			.map((x) => (x === null ? Infinity : Math.abs(x)))
			.sort((x, y) => x - y);
		const key = l.effect! < 0 ? 'finding.linked' : 'finding.linkedUp';
		return t(key, { ...vars, low: points(locale, a), high: points(locale, b) });
	}
	if (l.verdict === 'not_linked') {
		// With the start adjustment some splits can outweigh any shift: that side of the interval is open.
		const open = { low: l.ci_low === null ? '−∞' : vars.low, high: l.ci_high === null ? '+∞' : vars.high };
		return t('finding.notLinked', { ...vars, ...open, effect: points(locale, l.effect) });
	}
	return t('finding.insufficient', { ...vars, reason: reasonWords(l, t, locale) });
}
