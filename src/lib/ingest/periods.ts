import { fold } from './text';

/** Month names: the full word (or any 3+ letter start of it, «сент.») or a declined stem («октября»). */
const MONTHS: { full: string[]; stems: string[] }[] = [
	{ full: ['январь', 'january'], stems: ['январ'] },
	{ full: ['февраль', 'february'], stems: ['феврал'] },
	{ full: ['март', 'march'], stems: ['март'] },
	{ full: ['апрель', 'april'], stems: ['апрел'] },
	{ full: ['май', 'may'], stems: ['мая'] },
	{ full: ['июнь', 'june'], stems: ['июн'] },
	{ full: ['июль', 'july'], stems: ['июл'] },
	{ full: ['август', 'august'], stems: ['август'] },
	{ full: ['сентябрь', 'september'], stems: ['сентябр'] },
	{ full: ['октябрь', 'october'], stems: ['октябр'] },
	{ full: ['ноябрь', 'november'], stems: ['ноябр'] },
	{ full: ['декабрь', 'december'], stems: ['декабр'] }
];

/** 1–12 for a month word («Сентябрь», «сент», «октября», «may»), else 0. */
export function monthOf(word: string): number {
	const i = MONTHS.findIndex(
		({ full, stems }) =>
			stems.some((s) => word.startsWith(s)) || (word.length >= 3 && full.some((f) => f.startsWith(word)))
	);
	return i + 1;
}

/** The calendar year a month of the school year falls in: August–December the first, January–July the next. */
export const yearOfMonth = (schoolYearStart: number, month: number) =>
	month >= 8 ? schoolYearStart : schoolYearStart + 1;

/** The school year (its first calendar year) an ISO date falls in; June and July close the year before. */
export function schoolYearOf(isoDate: string): number {
	const [y, m] = isoDate.split('-').map(Number);
	return m >= 8 ? y : y - 1;
}

/** A day or a month read from a cell, as ISO dates (`from` = `to` for a single day). */
export interface DateSpan {
	from: string;
	to: string;
}

export const iso = (y: number, m: number, d: number) =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
export const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** An Excel serial day number (days since 1899-12-30), as a date cell arrives when its format is lost. */
function excelSerial(serial: number): DateSpan | null {
	if (serial < 20000 || serial > 80000) return null;
	const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
	return { from: day, to: day };
}

/**
 * Read `DD.MM.YYYY`, ISO `YYYY-MM-DD`, an Excel serial day, a month name with a year («Октябрь 2025»,
 * «январь 2026 г.») or «в течение года».
 * A month without a year takes it from `schoolYearStart` (September onwards: that year, else the next).
 */
export function parseDateSpan(text: string, schoolYearStart?: number): DateSpan | null {
	const value = text.trim();
	let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/.exec(value);
	if (m) {
		const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return validDay(y, mo, d) ? { from: iso(y, mo, d), to: iso(y, mo, d) } : null;
	}
	m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/.exec(value);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		return validDay(y, mo, d) ? { from: iso(y, mo, d), to: iso(y, mo, d) } : null;
	}
	m = /^(\d{5})(?:[.,]\d+)?$/.exec(value);
	if (m) return excelSerial(Number(m[1]));
	const folded = fold(value);
	// «в течение года» is how plans say «all year»: the school year, when we know which one.
	if (/^(в течение (учебного )?года|весь год|постоянно|ежемесячно|в течение уч года)$/.test(folded)) {
		if (schoolYearStart === undefined) return null;
		return { from: iso(schoolYearStart, 9, 1), to: iso(schoolYearStart + 1, 5, 31) };
	}
	const words = folded.split(' ');
	const month = monthOf(words[0] ?? '');
	if (month === 0) return null;
	const yearWord = words.slice(1).find((w) => /^\d{4}$/.test(w));
	if (words.slice(1).some((w) => w !== yearWord && w !== 'г' && w !== 'года' && w !== 'год')) return null;
	let year = yearWord ? Number(yearWord) : undefined;
	if (year === undefined && schoolYearStart !== undefined) year = yearOfMonth(schoolYearStart, month);
	if (year === undefined) return null;
	return { from: iso(year, month, 1), to: iso(year, month, daysIn(year, month)) };
}

/**
 * Month of the school year: August 0 (the August council opens the year), September 1 … May 9, July 11.
 * Year-less periods sort on it.
 */
const schoolMonth = (month: number) => (month >= 8 ? month - 8 : month + 4);
const calendarMonth = (sm: number) => ((sm + 7) % 12) + 1;

/** A part of the school year, as school months (1 = September … 9 = May). */
export interface Term {
	first: number;
	last: number;
	/** Whole-year marks («Год», «2025-2026») come after the last quarter's. */
	annual?: boolean;
}

// Whole months: regional calendars differ by a week or two, and no export says which one it follows.
const QUARTERS: Term[] = [
	{ first: 1, last: 2 },
	{ first: 3, last: 4 },
	{ first: 5, last: 7 },
	{ first: 8, last: 9 }
];
const HALVES: Term[] = [
	{ first: 1, last: 4 },
	{ first: 5, last: 9 }
];
const TRIMESTERS: Term[] = [
	{ first: 1, last: 3 },
	{ first: 4, last: 6 },
	{ first: 7, last: 9 }
];
/** The terms of a school year, first to last, as plans name them («в течение четверти»). */
export const TERMS = { quarter: QUARTERS, half: HALVES, trimester: TRIMESTERS } as const;
export const SCHOOL_YEAR: Term = { first: 1, last: 9, annual: true };
const START: Term = { first: 1, last: 1 };
const MIDDLE: Term = { first: 5, last: 5 };
const END: Term = { first: 9, last: 9 };

const PHASES: [RegExp, Term][] = [
	[/^(на )?(начало|н г$|нг$|входн|входящ|стартов|start|beginning)/, START],
	[/^(на )?(середин|с г$|сг$|промежуточн|middle|mid)/, MIDDLE],
	[/^(на )?(конец|к г$|кг$|итогов|выходн|финальн|end|final)/, END],
	[
		/^(за )?(год|годовая|годовой|годовые|учебный год|уч год|year|annual)( (отметка|оценка|результат))?$/,
		SCHOOL_YEAR
	]
];

const ROMAN = ['i', 'ii', 'iii', 'iv'];
const ORDINALS = ['перв', 'втор', 'трет', 'четверт'];
const SUFFIXES = new Set(['я', 'ая', 'е', 'ое', 'й', 'ый', 'ий', 'го', 'ей', 'м', 'st', 'nd', 'rd', 'th']);
const isQuarterNoun = (w: string) => /^(четв|четверт(ь|и|ью)|quarter)$/.test(w);

/** «I», «1», «1-я», «первая»: the ordinal next to a term's noun at `at`, 0 when none. */
function ordinalAround(words: string[], at: number): number {
	const before = SUFFIXES.has(words[at - 1] ?? '') ? words[at - 2] : words[at - 1];
	for (const w of [before, words[at + 1]]) {
		if (w === undefined) continue;
		if (/^[1-4]$/.test(w)) return Number(w);
		if (ROMAN.includes(w)) return ROMAN.indexOf(w) + 1;
		const o = ORDINALS.findIndex((stem) => w.startsWith(stem) && !isQuarterNoun(w));
		if (o >= 0) return o + 1;
	}
	return 0;
}

/** A school term named in folded words: «1 четверть», «II полугодие», «триместр 3», «q2». */
function termOf(words: string[]): Term | null {
	const nouns: [(w: string) => boolean, Term[]][] = [
		[isQuarterNoun, QUARTERS],
		[(w) => w.startsWith('полугод'), HALVES],
		[(w) => w.startsWith('триместр') || w === 'trimester', TRIMESTERS]
	];
	for (const [isNoun, terms] of nouns) {
		const at = words.findIndex(isNoun);
		if (at < 0) continue;
		const n = ordinalAround(words, at);
		return terms[n - 1] ?? null;
	}
	const q = words.find((w) => /^q[1-4]$/.test(w));
	return q ? QUARTERS[Number(q[1]) - 1] : null;
}

/** «2025-2026», «2025/26» in a label: the school year's first calendar year. */
function schoolYearIn(folded: string): number | undefined {
	const m = /(?:^| )(20\d\d) (?:20)?(\d\d)(?: |$)/.exec(folded);
	if (!m) return undefined;
	const start = Number(m[1]);
	return (start + 1) % 100 === Number(m[2]) ? start : undefined;
}

/** «2025-2026», «2025/26» in any of the texts (title rows, file names): the school year's first calendar year. */
export function schoolYearNamed(texts: string[]): number | undefined {
	for (const text of texts) {
		const m = /(20\d\d)\s*[-–—/]\s*(?:20)?(\d\d)(?!\d)/.exec(text);
		if (m && (Number(m[1]) + 1) % 100 === Number(m[2])) return Number(m[1]);
	}
	return undefined;
}

/** The first and last day of a term in a given school year. */
export function termSpan(term: Term, schoolYearStart: number): DateSpan {
	const [m0, m1] = [calendarMonth(term.first), calendarMonth(term.last)];
	const [y0, y1] = [yearOfMonth(schoolYearStart, m0), yearOfMonth(schoolYearStart, m1)];
	return { from: iso(y0, m0, 1), to: iso(y1, m1, daysIn(y1, m1)) };
}

/** A school term or a phase of the year named in a label («I четверть», «н.г.», «Годовая»), else null. */
export function schoolTerm(label: string): { term: Term; schoolYear?: number } | null {
	const folded = fold(label);
	const schoolYear = schoolYearIn(folded);
	const words = folded.split(' ').filter((w) => w !== '');
	const rest = words.filter((w) => !/^\d{4}$/.test(w) && !(schoolYear && /^\d\d$/.test(w)));
	const restText = rest.join(' ');
	let term = termOf(rest) ?? PHASES.find(([pattern]) => pattern.test(restText))?.[1] ?? null;
	if (!term && schoolYear !== undefined && /^((уч|учебн\S*) )?(год|года|г)?$/.test(restText))
		term = SCHOOL_YEAR;
	if (!term) return null;
	if (schoolYear !== undefined) return { term, schoolYear };
	// A single year beside a term: the school year that term of that year falls in («IV четверть 2026»: 2025/26).
	const single = words.find((w) => /^20\d\d$/.test(w));
	if (single === undefined) return { term };
	return { term, schoolYear: calendarMonth(term.last) >= 8 ? Number(single) : Number(single) - 1 };
}

/** A period of assessment: where it sorts in the year, and its date when the label gives one. */
export interface Period {
	/**
	 * Days since 1970 of the period's last day when it has dates; otherwise the school month it ends in
	 * (September 1 … May 9, the whole year 9.5), a longer term a little later. `deriveTables` dates the
	 * year-less labels from the load's school year, so every file's periods sort on one axis.
	 */
	order: number;
	/** First and last day the label covers («Май 2026»: 1–31 May), when it names dates. */
	date: string | null;
	end: string | null;
}

const dayNumber = (isoDate: string) => Date.parse(isoDate) / 86_400_000;

/**
 * Read a period label: a date or month («Сентябрь 2025», «сент.»), a school term («I четверть»,
 * «1-я четверть», «2 полугодие», «триместр 3», «Год», «2025-2026») or a phase («Начало года», «н.г.»,
 * «к.г.»). With the school year known (given, or written in the label) a term or a month gets its dates.
 */
export function parsePeriod(label: string, schoolYearStart?: number): Period | null {
	const span = parseDateSpan(label, schoolYearStart);
	if (span) return { order: dayNumber(span.to), date: span.from, end: span.to };
	// «ВПР 2026» (a collection form names no day): spring of that year, sorted there, no date claimed.
	const vpr = /^впр (20\d\d)$/.exec(fold(label));
	if (vpr) return { order: dayNumber(`${vpr[1]}-04-01`), date: null, end: null };
	const found = schoolTerm(label);
	if (found) {
		const { term } = found;
		const year = found.schoolYear ?? schoolYearStart;
		// Marks given at one time sort the shorter term first: II четверть < 1 полугодие, IV четверть < Год.
		const extra = (term.annual ? 0.5 : 0) + (term.last - term.first) / 100;
		if (year === undefined) return { order: term.last + extra, date: null, end: null };
		const { from, to } = termSpan(term, year);
		return { order: dayNumber(to) + extra, date: from, end: to };
	}
	const words = fold(label).split(' ');
	const month = words.length === 1 ? monthOf(words[0]) : 0;
	return month ? { order: schoolMonth(month), date: null, end: null } : null;
}
