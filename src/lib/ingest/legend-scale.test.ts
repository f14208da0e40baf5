import { describe, expect, it } from 'vitest';
import { legendScale } from './scales';

describe('a scale stated by the file’s legend', () => {
	it('takes the lowest and highest points a legend names', () => {
		expect(
			legendScale([
				'3 балла — ребенок выполняет все параметры оценки самостоятельно; 2 балла — выполняет с частичной помощью взрослого; 1 балл — не может выполнить'
			])
		).toEqual({ min: 1, max: 3 });
		expect(legendScale(['0 баллов — не сформирован', '4 балла — сформирован'])).toEqual({ min: 0, max: 4 });
	});

	it('says nothing from one number («Максимальный первичный балл: 24») or none', () => {
		expect(legendScale(['Максимальный первичный балл:;24'])).toBeNull();
		expect(legendScale(['Итого по группе', '5 баллов'])).toBeNull();
		expect(legendScale([])).toBeNull();
	});
});
