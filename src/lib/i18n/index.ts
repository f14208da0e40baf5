import { en } from './en';
import { ru, type MessageKey } from './ru';

export type Locale = 'ru' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { ru, en };

/** A translator for one locale: `{name}` placeholders are filled from `vars`, numbers in the locale's format. */
export function translator(locale: Locale): Translate {
	const dictionary = DICTIONARIES[locale];
	return (key, vars = {}) =>
		dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = vars[name];
			if (value === undefined) return `{${name}}`;
			return typeof value === 'number' ? formatNumber(locale, value) : value;
		});
}

/** Numbers as the locale writes them: «2,5» in Russian, "2.5" in English; at most two decimals. */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
	return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** True when `key` names a message, for keys built from data (reason codes, kinds). */
export function isMessageKey(key: string): key is MessageKey {
	return key in ru;
}
