import { isMessageKey, type Translate } from './index';

export type Mode = 'school' | 'kindergarten';

/**
 * A translator that speaks a school's words (обучающиеся, класс, предмет, учитель) where a message has a
 * `.school` variant, and the kindergarten's everywhere else: one switch for every view and chart.
 */
export function inMode(t: Translate, mode: Mode): Translate {
	if (mode !== 'school') return t;
	return (key, vars) => {
		const school = `${key}.school`;
		return isMessageKey(school) ? t(school, vars) : t(key, vars);
	};
}
