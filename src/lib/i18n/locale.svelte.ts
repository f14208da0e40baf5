import { translator, type Locale, type Translate } from './index';

/** The page's current language; components read `i18n.t` so a switch re-renders every string. */
class I18n {
	locale = $state<Locale>('ru');
	t: Translate = $derived(translator(this.locale));

	set(locale: Locale) {
		this.locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const i18n = new I18n();
