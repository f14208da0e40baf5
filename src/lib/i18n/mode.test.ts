import { describe, expect, it } from 'vitest';
import { translator } from './index';
import { inMode } from './mode';

describe('the words of a school', () => {
	it('say класс and предмет for school data, группа and область for a kindergarten', () => {
		for (const locale of ['ru', 'en'] as const) {
			const t = translator(locale);
			expect(inMode(t, 'kindergarten')('filter.group')).toBe(t('filter.group'));
			expect(inMode(t, 'school')('filter.group')).toBe(t('filter.group.school'));
		}
		const school = inMode(translator('ru'), 'school');
		expect([school('filter.group'), school('filter.area'), school('view.outcomes')]).toEqual([
			'Класс',
			'Предмет',
			'Результаты обучающихся'
		]);
		// A message with no school variant is said as it is.
		expect(school('filter.period')).toBe('Период');
	});
});
