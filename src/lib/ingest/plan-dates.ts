import {
	daysIn,
	iso,
	monthOf,
	parseDateSpan,
	SCHOOL_YEAR,
	schoolTerm,
	schoolYearOf,
	termSpan,
	TERMS,
	yearOfMonth,
	type DateSpan
} from './periods';
import { fold } from './text';

/**
 * How a plan's deadline was read: a date or month, a school term, «до …», a span from the reference
 * date («в течение месяца»), a recurring event over the year («ежемесячно»), a deadline set elsewhere
 * («по плану ОО»: no date, by design), or not understood (no date, and a note).
 */
export type PlanDateHow = 'date' | 'term' | 'deadline' | 'relative' | 'recurring' | 'open' | 'unread';

/** An event's dates; null when the deadline gives none («без срока»). */
export interface PlanDate {
	from: string | null;
	to: string | null;
	how: PlanDateHow;
}

/** What relative deadlines are read against. */
export interface PlanContext {
	/** The school year's first calendar year (2025 for 2025/26). */
	schoolYear?: number;
	/** The day the plan starts (its approval, the results it follows), ISO. */
	reference?: string;
}

const OPEN =
	/^(по (плану|графику|мере|запросу|отдельному|согласованию|необходимости|итогам|результатам|приказу|расписанию|срокам)|в соответствии|согласно|в установленные|в сроки)/;
const RECURRING =
	/^(ежемесячно|еженедельно|ежеквартально|ежедневно|раз в|\d+ раза? в|постоянно|систематически|регулярно|весь год|круглый год|в течение (всего )?(учебного |уч )?года$)/;
const RELATIVE =
	/^в течени[еи] (?:(\d+) (?:(\d+) )?)?(рабоч\S* )?(дн|дня|дней|недел|месяц|четверт|полугод|год)/;

const schoolYearSpan = (year: number): DateSpan => termSpan(SCHOOL_YEAR, year);
const addDays = (isoDate: string, days: number) =>
	new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
function addMonths(isoDate: string, months: number): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	const total = y * 12 + (m - 1) + months;
	const [ny, nm] = [Math.floor(total / 12), (total % 12) + 1];
	return iso(ny, nm, Math.min(d, daysIn(ny, nm)));
}
/** The school year a reference date opens: June–August look ahead to the coming year. */
function yearAhead(isoDate: string): number {
	const [y, m] = isoDate.split('-').map(Number);
	return m >= 6 ? y : y - 1;
}
const later = (a: string, b: string) => (a > b ? a : b);

/** «15 мая 2026», «15 мая»: a day with a month word. */
function dayWithMonth(text: string, schoolYear?: number): DateSpan | null {
	const m = /^(\d{1,2}) (\S+)(?: (\d{4}))?(?: г(ода)?)?$/.exec(fold(text));
	const month = m ? monthOf(m[2]) : 0;
	if (!m || !month) return null;
	const year = m[3] ? Number(m[3]) : schoolYear === undefined ? undefined : yearOfMonth(schoolYear, month);
	const day = Number(m[1]);
	if (year === undefined || day < 1 || day > daysIn(year, month)) return null;
	return { from: iso(year, month, day), to: iso(year, month, day) };
}

/** «Август–сентябрь», «Сентябрь-октябрь 2025», «декабрь – январь 2026»: a run of months. */
function monthRange(folded: string, schoolYear?: number): DateSpan | null {
	const m = /^(?:с )?(\S+) (?:по )?(\S+)(?: (\d{4}))?(?: г(ода)?)?$/.exec(folded);
	if (!m) return null;
	const [m0, m1] = [monthOf(m[1]), monthOf(m[2])];
	if (!m0 || !m1) return null;
	let y0: number, y1: number;
	if (m[3]) {
		y1 = Number(m[3]);
		y0 = m0 <= m1 ? y1 : y1 - 1;
	} else if (schoolYear !== undefined) {
		[y0, y1] = [yearOfMonth(schoolYear, m0), yearOfMonth(schoolYear, m1)];
	} else return null;
	return { from: iso(y0, m0, 1), to: iso(y1, m1, daysIn(y1, m1)) };
}

/** A span of time from the reference date; a term word runs to the end of that term. */
function relative(match: RegExpExecArray, ctx: PlanContext): DateSpan | null {
	const [, n0, n1, working, unit] = match;
	const { reference } = ctx;
	if (unit === 'год' || !reference) {
		// No day to count from: the whole school year, the only span the plan surely lies in.
		const year = reference ? yearAhead(reference) : ctx.schoolYear;
		return year === undefined ? null : schoolYearSpan(year);
	}
	const n = Number(n1 ?? n0 ?? 1);
	if (unit.startsWith('д'))
		return { from: reference, to: addDays(reference, working ? Math.ceil((n * 7) / 5) : n) };
	if (unit === 'недел') return { from: reference, to: addDays(reference, 7 * n) };
	if (unit === 'месяц') return { from: reference, to: addMonths(reference, n) };
	// «в течение четверти / полугодия»: until the end of the term the reference falls in (or opens).
	const year = yearAhead(reference);
	for (const term of unit === 'четверт' ? TERMS.quarter : TERMS.half) {
		const span = termSpan(term, year);
		if (span.to >= reference) return { from: later(reference, span.from), to: span.to };
	}
	return { from: reference, to: schoolYearSpan(year).to };
}

/** A date, a day with a month word, two days, a month or a run of months. */
function calendar(text: string, ctx: PlanContext): DateSpan | null {
	const { schoolYear } = ctx;
	const days = /^(?:с )?(\d{1,2}\.\d{1,2}\.\d{4}) ?(?:-|–|—|по|до) ?(\d{1,2}\.\d{1,2}\.\d{4})$/.exec(
		text.trim()
	);
	const [a, b] = days ? [parseDateSpan(days[1]), parseDateSpan(days[2])] : [null, null];
	if (a && b) return { from: a.from, to: b.to };
	const span = parseDateSpan(text, schoolYear) ?? dayWithMonth(text, schoolYear);
	if (span) return span;
	return monthRange(fold(text), schoolYear);
}

/** One deadline, without «/» alternatives. */
function readOne(text: string, ctx: PlanContext): PlanDate {
	const folded = fold(text);
	if (OPEN.test(folded)) return { from: null, to: null, how: 'open' };
	const rel = RELATIVE.exec(folded);
	if (rel) {
		const span = relative(rel, ctx);
		return { from: span?.from ?? null, to: span?.to ?? null, how: 'relative' };
	}
	if (RECURRING.test(folded)) {
		const year = ctx.reference ? yearAhead(ctx.reference) : ctx.schoolYear;
		if (year === undefined) return { from: null, to: null, how: 'recurring' };
		const whole = schoolYearSpan(year);
		return {
			from: ctx.reference ? later(ctx.reference, whole.from) : whole.from,
			to: whole.to,
			how: 'recurring'
		};
	}
	const span = calendar(text, ctx) ?? calendar(text.replace(/^\s*(в течение|в|на протяжении)\s+/i, ''), ctx);
	if (span) return { ...span, how: 'date' };
	const until = /^(?:до|не позднее|не позже|к|в срок до)(?: конца)? (.+)$/i.exec(text.trim());
	const end = until ? calendar(until[1], ctx) : null;
	if (end) {
		// From the plan's start, else from the opening of the school year the deadline falls in.
		const start = ctx.reference ?? schoolYearSpan(ctx.schoolYear ?? schoolYearOf(end.to)).from;
		return { from: start <= end.to ? start : end.to, to: end.to, how: 'deadline' };
	}
	const term = schoolTerm(text);
	if (term) {
		const year = term.schoolYear ?? ctx.schoolYear;
		if (year === undefined) return { from: null, to: null, how: 'term' };
		return { ...termSpan(term.term, year), how: 'term' };
	}
	return { from: null, to: null, how: 'unread' };
}

/**
 * Read a plan's deadline as a plan writes it: a date, a month or a run of months («Август–сентябрь»),
 * a school term («IV четверть», «1 полугодие»), «до 15.05.2026», «в течение месяца / четверти / года»,
 * «ежемесячно», «раз в четверть», «по плану ОО». Alternatives («ежемесячно / раз в четверть») cover
 * all their parts. Never fails: an event with no readable date is kept without one.
 */
export function parsePlanDate(text: string, ctx: PlanContext = {}): PlanDate {
	const texts = text
		.split(/\s+\/\s+|;|\s+или\s+/)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	// «В течение четверти / полугодия»: a bare alternative shares the first one's «в течение».
	const lead = /^(в течение|до)\s+/i.exec(texts[0] ?? '')?.[0] ?? '';
	const parts = texts.map((p) => {
		const own = readOne(p, ctx);
		return own.how === 'unread' && lead ? readOne(lead + p, ctx) : own;
	});
	const read = parts.filter((p) => p.how !== 'unread');
	if (read.length === 0) return { from: null, to: null, how: 'unread' };
	const dated = read.filter((p) => p.from !== null && p.to !== null);
	if (dated.length === 0) return { from: null, to: null, how: read[0].how };
	return {
		from: dated.map((p) => p.from!).reduce((a, b) => (a < b ? a : b)),
		to: dated.map((p) => p.to!).reduce((a, b) => (a > b ? a : b)),
		how: read[0].how
	};
}
