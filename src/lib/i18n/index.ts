import { en } from './en';
import { ru, type MessageKey } from './ru';

export type Locale = 'ru' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { ru, en };

/**
 * A translator for one locale: `{name}` placeholders are filled from `vars`, numbers in the locale's format;
 * `{n|ребёнок|ребёнка|детей}` gives the word the number asks for (Intl.PluralRules: one, few, many in
 * Russian; one, other in English), without the number itself. A value set in «ёлочки» by the message
 * («{event}») has its own «…» as „лапки“: «Мастерская „ИКТ“», never «Мастерская «ИКТ»». A period inside a
 * Russian sentence is lower-case: «Результаты по группам и областям, май 2026».
 */
export function translator(locale: Locale): Translate {
	const dictionary = DICTIONARIES[locale];
	const fill = (vars: Record<string, string | number>, name: string) => {
		const value = vars[name];
		if (value === undefined) return undefined;
		return typeof value === 'number' ? formatNumber(locale, value) : value;
	};
	return (key, vars = {}) =>
		dictionary[key]
			.replace(/\{(\w+)\|([^}]*)\}/g, (_, name: string, forms: string) =>
				pluralForm(locale, Number(vars[name]), forms.split('|'))
			)
			.replace(/«\{(\w+)\}»/g, (whole, name: string) => {
				const value = fill(vars, name);
				return value === undefined ? whole : `«${value.replace(/«/g, '„').replace(/»/g, '“')}»`;
			})
			.replace(/\{(\w+)\}/g, (_, name: string, at: number, text: string) => {
				const value = fill(vars, name);
				if (value === undefined) return `{${name}}`;
				return locale === 'ru' && PERIODS.has(name) && at > 0 && text[at - 1] !== '\n'
					? lowerWord(value)
					: value;
			});
}

/** Placeholders that hold a period's label («Май 2026», «Начало года», «Год»). */
const PERIODS = new Set(['period', 'first', 'last']);
/** A label inside a Russian sentence starts lower-case («…, май 2026»); «I четверть», «ВПР» stay as they are. */
const lowerWord = (label: string) =>
	/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

const PLURAL_ORDER: Record<Locale, Intl.LDMLPluralRule[]> = {
	ru: ['one', 'few', 'many'],
	en: ['one', 'other']
};

/**
 * `Intl` formatters made once per locale and options: constructing one costs about as much as a hundred
 * formattings, and a view draws hundreds of numbers (30 ms of a sample year's first charts went there).
 */
const made = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function once<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
	key: string,
	make: () => T
): T {
	let formatter = made.get(key) as T | undefined;
	if (!formatter) made.set(key, (formatter = make()));
	return formatter;
}
const numberFormat = (locale: Locale, min: number | undefined, max: number) =>
	once(
		`n|${locale}|${min}|${max}`,
		() =>
			new Intl.NumberFormat(locale, {
				minimumFractionDigits: min,
				maximumFractionDigits: max,
				signDisplay: 'negative'
			})
	);

/** The form of a word for a count: «1 ребёнок», «3 ребёнка», «5 детей», «1,5 ребёнка» (other → few). */
export function pluralForm(locale: Locale, n: number, forms: string[]): string {
	const rule = once(`p|${locale}`, () => new Intl.PluralRules(locale)).select(Number.isFinite(n) ? n : 0);
	const index = PLURAL_ORDER[locale].indexOf(rule === 'other' && locale === 'ru' ? 'few' : rule);
	return forms[index >= 0 ? index : forms.length - 1] ?? forms.at(-1) ?? '';
}

/**
 * Numbers as the locale writes them: «2,5» in Russian, "2.5" in English; at most two decimals; a minus
 * sign, not a hyphen, before a negative number («−12,8»); no sign on a number that rounds to zero.
 */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
	// A value that rounds to zero is «0», never «−0» (an interval «[−0; 9]» read as a typo).
	return numberFormat(locale, undefined, digits).format(value).replace(/^-/, '−');
}

/** A number with exactly `digits` decimals («4,0», «3,6»): marks side by side in one table read alike. */
export function formatFixed(locale: Locale, value: number, digits = 1): string {
	return numberFormat(locale, digits, digits).format(value).replace(/^-/, '−');
}

/** A share (0..1) as the number of percent shown: «28», «28,5» (the sign stays in the message). */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
	return formatNumber(locale, 100 * share, digits);
}

/**
 * How dates are shown. Today's date and a moment (a project's saving) are in local time; dates from the data
 * («2026-05-31», a plan's month) are calendar days, read and written in UTC so no time zone moves them.
 */
const DATE_STYLES = {
	today: { dateStyle: 'long' },
	moment: { dateStyle: 'long', timeStyle: 'short' },
	day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
	month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
	monthShort: { month: 'short', year: 'numeric', timeZone: 'UTC' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

/** A date as the locale writes it: «31 мая 2026 г.», «май 2026 г.», «25 ноября 2026 г., 21:40». */
export function formatDate(locale: Locale, date: Date | string | number, style: DateStyle): string {
	return once(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, DATE_STYLES[style])).format(
		new Date(date)
	);
}

/** A reject's or a cell note's reason code in words, the code itself when it has no message. */
export function reasonText(t: Translate, code: string): string {
	const key = `reason.${code}`;
	return isMessageKey(key) ? t(key) : code;
}

/** True when `key` names a message, for keys built from data (reason codes, kinds). */
export function isMessageKey(key: string): key is MessageKey {
	return key in ru;
}
