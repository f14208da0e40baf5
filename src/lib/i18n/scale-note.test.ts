import { describe, expect, it } from 'vitest';
import { translator } from './index';
import { scaleNote } from './scale-note';

const ru = translator('ru');
const en = translator('en');
const levels = { min: 0, max: 3, words: false };

describe('the one outcome scale, stated', () => {
	it("works an example on the file's own scale, with the right word form", () => {
		expect(scaleNote([levels, levels], ru, 'ru')).toContain('В файле шкала 0–3: 1,5 балла — это 50 %');
		expect(scaleNote([{ min: 0, max: 100, words: false }], ru, 'ru')).toContain('50 баллов — это 50 %');
		expect(scaleNote([{ min: 1, max: 5, words: false }], ru, 'ru')).toContain('3 балла — это 50 %');
		expect(scaleNote([levels], en, 'en')).toContain("The file's scale is 0–3: 1.5 points is 50 %");
	});

	it('says files on different scales are each read on their own', () => {
		const note = scaleNote([levels, { min: 1, max: 4, words: false }], ru, 'ru');
		expect(note).toContain('в файлах 2 шкалы');
		expect(note).not.toContain('В файле шкала');
	});

	it('keeps school marks as marks and says where they become %', () => {
		const marks = { min: 2, max: 5, words: false };
		expect(scaleNote([marks, marks], ru, 'ru')).toContain('Отметки показаны как есть, от 2 до 5');
		expect(scaleNote([marks, levels], ru, 'ru')).toContain('в файлах 2 шкалы');
		expect(scaleNote([], ru, 'ru')).toBe('');
	});
});
