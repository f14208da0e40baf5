import type { YearFacts } from './year-facts';

/**
 * Year over year (issue 14.5): last year's project beside this year's files. Each deficit's prevalence
 * then and now (competencies matched by name, the match editable), each area's results, and for each of
 * last year's events whether the deficit it targeted fell more among those who took part than among
 * those who did not — counts with their n, a description and never a proof that an event worked: the
 * teachers chose, were chosen, and rated themselves twice.
 */

/** Last year's competency → this year's (null: not surveyed this year, or the methodist says no match). */
export type CompetencyMatch = Map<string, string | null>;

/** Two names whose word stems overlap at least this much (Jaccard) are offered as the same competency. */
export const MATCH_SIMILARITY = 0.5;

/** Case, ё and punctuation do not make two competencies or two people different. */
export const nameKey = (s: string) =>
	s
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
/**
 * A person across two years' files: surname and initials, so «Иванова Анна Андреевна» in one year's survey
 * and «Иванова А.А.» in the other's roster are one teacher (two namesakes with the same initials would
 * count as one: rare in one staff, and only counts are shown).
 */
export const personKey = (name: string) => {
	const [surname, ...rest] = nameKey(name).split(' ');
	return [surname, ...rest.map((w) => w[0])].join(' ');
};
/** Word stems of five letters: «образовательном» and «образовательной» are the same word here. */
const stems = (s: string) =>
	new Set(
		nameKey(s)
			.split(' ')
			.filter((w) => w.length > 2)
			.map((w) => w.slice(0, 5))
	);
function similarity(a: string, b: string): number {
	const x = stems(a);
	const y = stems(b);
	const common = [...x].filter((w) => y.has(w)).length;
	return common / (x.size + y.size - common || 1);
}

/**
 * The match offered: the same name (up to case, ё and punctuation), else the most similar name this year
 * not taken by an exact match, if similar enough. The page lets the methodist change every pair.
 */
export function matchCompetencies(last: string[], current: string[]): CompetencyMatch {
	const byKey = new Map(current.map((c) => [nameKey(c), c]));
	const exact = new Set(last.flatMap((c) => (byKey.has(nameKey(c)) ? [byKey.get(nameKey(c))!] : [])));
	const free = current.filter((c) => !exact.has(c));
	return new Map(
		last.map((c) => {
			const same = byKey.get(nameKey(c));
			if (same) return [c, same];
			const best = free
				.map((f) => ({ f, s: similarity(c, f) }))
				.sort((a, b) => b.s - a.s || a.f.localeCompare(b.f, 'ru'))[0];
			return [c, best && best.s >= MATCH_SIMILARITY ? best.f : null];
		})
	);
}

export const competenciesOf = (facts: YearFacts) =>
	[...new Set(facts.survey.map((s) => s.competency))].sort((a, b) => a.localeCompare(b, 'ru'));

export interface PrevalenceChange {
	last: string;
	current: string | null;
	/** Teachers in deficit and respondents, last year and this year (null: not matched). */
	before: { k: number; n: number };
	after: { k: number; n: number } | null;
	/** This year's share minus last year's, in shares (−0.32: 32 points fewer). */
	change: number | null;
}

/**
 * A mean (or, with `difference`, a change of means) on a year's scale («0–3») in % of that scale: the one
 * scale every outcome figure of the page is said on. Null when the scale cannot be read.
 */
export function percentOfScale(value: number, scale: string, difference = false): number | null {
	const m = /^(-?[\d.]+)–(-?[\d.]+)$/.exec(scale);
	if (!m) return null;
	const [min, max] = [Number(m[1]), Number(m[2])];
	if (!(max > min)) return null;
	return (100 * (value - (difference ? 0 : min))) / (max - min);
}

export interface AreaChange {
	area: string;
	before: { start: number | null; end: number; n: number; scale: string } | null;
	after: { start: number | null; end: number; n: number; scale: string } | null;
	/** Mean at the last period, this year minus last year. */
	change: number | null;
	/** Growth over the year (last period minus first), this year minus last year. */
	growthChange: number | null;
}

/** Of the teachers in a deficit one year, how many answered again and how many no longer report it. */
export interface Split {
	n: number;
	fell: number;
}

export interface EventChange {
	title: string;
	form: string | null;
	date: string | null;
	competency: string;
	current: string | null;
	tookPart: Split;
	didNot: Split;
	/** In deficit last year, yet not in this year's survey on the matched competency. */
	notAnswered: number;
}

export interface YearOverYear {
	prevalence: PrevalenceChange[];
	/** This year's competencies no last-year competency is matched to. */
	added: string[];
	areas: AreaChange[];
	events: EventChange[];
}

function count(facts: YearFacts, competency: string) {
	const rows = facts.survey.filter((s) => s.competency === competency);
	return { k: rows.filter((s) => s.deficit).length, n: rows.length };
}

export function yearOverYear(last: YearFacts, current: YearFacts, match: CompetencyMatch): YearOverYear {
	const prevalence = competenciesOf(last).map((c): PrevalenceChange => {
		const now = match.get(c) ?? null;
		const before = count(last, c);
		const after = now ? count(current, now) : null;
		return {
			last: c,
			current: now,
			before,
			after,
			change: after && after.n && before.n ? after.k / after.n - before.k / before.n : null
		};
	});
	const matched = new Set([...match.values()]);
	const added = competenciesOf(current).filter((c) => !matched.has(c));

	const area = (facts: YearFacts, name: string) => {
		const a = facts.areas.find((x) => nameKey(x.area) === nameKey(name));
		return a ? { start: a.start, end: a.end, n: a.nEnd, scale: a.scale } : null;
	};
	const areaNames = [...last.areas, ...current.areas]
		.map((a) => a.area)
		.filter((name, i, all) => all.findIndex((x) => nameKey(x) === nameKey(name)) === i);
	const areas = areaNames.map((name): AreaChange => {
		const before = area(last, name);
		const after = area(current, name);
		// Means on two different scales (0–3 one year, 0–2 the next) are not subtracted.
		const same = before !== null && after !== null && before.scale === after.scale;
		const growth = (x: typeof before) => (x && x.start !== null ? x.end - x.start : null);
		const gb = growth(before);
		const ga = growth(after);
		return {
			area: name,
			before,
			after,
			change: same ? after.end - before.end : null,
			growthChange: same && gb !== null && ga !== null ? ga - gb : null
		};
	});

	const events = last.events.map((e): EventChange => {
		const now = match.get(e.competency) ?? null;
		const answers = new Map(
			current.survey.filter((s) => s.competency === now).map((s) => [personKey(s.teacher), s.deficit])
		);
		const tookPart: Split = { n: 0, fell: 0 };
		const didNot: Split = { n: 0, fell: 0 };
		let notAnswered = 0;
		for (const { teacher, tookPart: took } of e.inDeficit) {
			const deficit = answers.get(personKey(teacher));
			if (deficit === undefined) {
				notAnswered++;
				continue;
			}
			const side = took ? tookPart : didNot;
			side.n++;
			if (!deficit) side.fell++;
		}
		return { ...e, current: now, tookPart, didNot, notAnswered };
	});
	return { prevalence, added, areas, events };
}
