import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { translator } from './index';

describe('i18n', () => {
	it('has every Russian message in English with the same placeholders', () => {
		for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(ru[key]));
		}
	});

	it('fills placeholders with numbers in the locale format', () => {
		expect(translator('ru')('load.done', { files: 4, rows: 12345, seconds: 0.4 })).toBe(
			'Файлов: 4, строк: 12\u00a0345, загружено за 0,4 с'
		);
		expect(translator('en')('load.done', { files: 4, rows: 12345, seconds: 0.4 })).toBe(
			'Files: 4, rows: 12,345, loaded in 0.4 s'
		);
	});
});

describe('plural forms', () => {
	it('pick the Russian and English word for the count', async () => {
		const { pluralForm } = await import('./index');
		const ru = ['ребёнок', 'ребёнка', 'детей'];
		expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((n) => pluralForm('ru', n, ru))).toEqual([
			'ребёнок',
			'ребёнка',
			'детей',
			'детей',
			'ребёнок',
			'ребёнка',
			'детей',
			'ребёнка'
		]);
		expect([1, 2, 0].map((n) => pluralForm('en', n, ['child', 'children']))).toEqual([
			'child',
			'children',
			'children'
		]);
	});
});
