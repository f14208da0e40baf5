import { describe, expect, it } from 'vitest';
import { referenceLevel } from './vpr-reference';

describe('the level of a Ф3 row', () => {
	it('is read from the name ФИС ОКО gives it, else from its place', () => {
		expect(
			[
				'Вся выборка',
				'Чеченская Республика',
				'Урус-Мартановский муниципальный район(reg20_m012)',
				'МБОУ «СОШ №1 г.Урус-Мартан»(edu203389)',
				'МАОУ «Лицей № 2»',
				'Гимназия № 5',
				'г. Грозный'
			].map((name, i) => referenceLevel(name, Math.min(i, 3)))
		).toEqual(['all', 'region', 'municipality', 'school', 'school', 'school', 'school']);
		expect(referenceLevel('г. Грозный', 2)).toBe('municipality');
		expect(referenceLevel('Московская область', 1)).toBe('region');
	});
});
