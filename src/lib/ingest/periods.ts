import { fold } from './text';

const MONTHS = [
	['январ', 'january', 'jan'],
	['феврал', 'february', 'feb'],
	['март', 'марта', 'march', 'mar'],
	['апрел', 'april', 'apr'],
	['май', 'мая', 'may'],
	['июн', 'june', 'jun'],
	['июл', 'july', 'jul'],
	['август', 'august', 'aug'],
	['сентябр', 'september', 'sep'],
	['октябр', 'october', 'oct'],
	['ноябр', 'november', 'nov'],
	['декабр', 'december', 'dec']
];

/** A day or a month read from a cell, as ISO dates (`from` = `to` for a single day). */
export interface DateSpan {
	from: string;
	to: string;
}

const iso = (y: number, m: number, d: number) =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
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
	const month = MONTHS.findIndex((names) => names.some((n) => words[0]?.startsWith(n))) + 1;
	if (month === 0) return null;
	const yearWord = words.slice(1).find((w) => /^\d{4}$/.test(w));
	if (words.slice(1).some((w) => w !== yearWord && w !== 'г' && w !== 'года' && w !== 'год')) return null;
	let year = yearWord ? Number(yearWord) : undefined;
	if (year === undefined && schoolYearStart !== undefined)
		year = month >= 9 ? schoolYearStart : schoolYearStart + 1;
	if (year === undefined) return null;
	return { from: iso(year, month, 1), to: iso(year, month, daysIn(year, month)) };
}

/** A period of assessment: where it sorts in the year, and its date when the label gives one. */
export interface Period {
	order: number;
	/** First and last day the label covers («Май 2026»: 1–31 May), when it names dates. */
	date: string | null;
	end: string | null;
}

const PHASES: [RegExp, number][] = [
	[/^(начало|входн|стартов|start|beginning)/, 1],
	[/^(середин|промежуточн|middle|mid)/, 2],
	[/^(конец|итогов|выходн|финальн|end|final)/, 3]
];

/** Read a period label: a date or month («Сентябрь 2025»), or a phase («Начало года», «Конец года»). */
export function parsePeriod(label: string): Period | null {
	const span = parseDateSpan(label);
	if (span) return { order: Date.parse(span.from) / 86_400_000, date: span.from, end: span.to };
	const folded = fold(label);
	// «ВПР 2026» (a collection form names no day): spring of that year, sorted there, no date claimed.
	const vpr = /^впр (20\d\d)$/.exec(folded);
	if (vpr) return { order: Date.parse(`${vpr[1]}-04-01`) / 86_400_000, date: null, end: null };
	const phase = PHASES.find(([pattern]) => pattern.test(folded));
	return phase ? { order: phase[1], date: null, end: null } : null;
}
