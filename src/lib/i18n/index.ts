import { en } from './en';
import { ru, type MessageKey } from './ru';

export type Locale = 'ru' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { ru, en };

/**
 * A translator for one locale: `{name}` placeholders are filled from `vars`, numbers in the locale's format;
 * `{n|ребёнок|ребёнка|детей}` gives the word the number asks for (Intl.PluralRules: one, few, many in
 * Russian; one, other in English), without the number itself.
 */
export function translator(locale: Locale): Translate {
	const dictionary = DICTIONARIES[locale];
	return (key, vars = {}) =>
		dictionary[key]
			.replace(/\{(\w+)\|([^}]*)\}/g, (_, name: string, forms: string) =>
				pluralForm(locale, Number(vars[name]), forms.split('|'))
			)
			.replace(/\{(\w+)\}/g, (_, name: string) => {
				const value = vars[name];
				if (value === undefined) return `{${name}}`;
				return typeof value === 'number' ? formatNumber(locale, value) : value;
			});
}

const PLURAL_ORDER: Record<Locale, Intl.LDMLPluralRule[]> = {
	ru: ['one', 'few', 'many'],
	en: ['one', 'other']
};

/** The form of a word for a count: «1 ребёнок», «3 ребёнка», «5 детей», «1,5 ребёнка» (other → few). */
export function pluralForm(locale: Locale, n: number, forms: string[]): string {
	const rule = new Intl.PluralRules(locale).select(Number.isFinite(n) ? n : 0);
	const index = PLURAL_ORDER[locale].indexOf(rule === 'other' && locale === 'ru' ? 'few' : rule);
	return forms[index >= 0 ? index : forms.length - 1] ?? forms.at(-1) ?? '';
}

/**
 * Numbers as the locale writes them: «2,5» in Russian, "2.5" in English; at most two decimals; a minus
 * sign, not a hyphen, before a negative number («−12,8»).
 */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value).replace(/^-/, '−');
}

/** True when `key` names a message, for keys built from data (reason codes, kinds). */
export function isMessageKey(key: string): key is MessageKey {
	return key in ru;
}
