import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { formatDate, formatNumber, formatPercent, reasonText, translator } from './index';

describe('i18n', () => {
	it('has every Russian message in English with the same placeholders', () => {
		for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(ru[key]));
		}
	});

	it('names the product in Russian in every Russian message', () => {
		// «.sverka», the project file's extension, is lower-case and stays.
		const latin = Object.entries(ru).filter(([, text]) => /Sverka/.test(text));
		expect(latin.map(([key]) => key)).toEqual([]);
	});

	it('fills placeholders with numbers in the locale format', () => {
		expect(translator('ru')('load.done', { files: 4, rows: 12345, seconds: 0.4 })).toBe(
			'Файлов: 4, строк: 12\u00a0345, загружено за 0,4 с'
		);
		expect(translator('en')('load.done', { files: 4, rows: 12345, seconds: 0.4 })).toBe(
			'Files: 4, rows: 12,345, loaded in 0.4 s'
		);
	});

	it('sets the quotes inside a quoted value as „лапки“, and leaves an unquoted one as it is', () => {
		const t = translator('ru');
		expect(t('finding.oversupply', { event: 'Мастерская «Здоровьесберегающие технологии»' })).toBe(
			'Мероприятие «Мастерская „Здоровьесберегающие технологии“» не связано ни с одним выявленным дефицитом.'
		);
		expect(t('load.stage.parse', { name: 'Группа «Ромашка».csv', index: 1, count: 2 })).toContain(
			'«Группа „Ромашка“.csv»'
		);
		expect(
			t('chart.linkageScatter.tooltip', { group: 'Младшая «Ягодка»', exposure: 50, outcome: 10, n: 20 })
		).toMatch(/^Младшая «Ягодка»\n/);
	});
});

describe('a period inside a sentence', () => {
	it('is lower-case in Russian mid-sentence, as written at a line start, and in English', () => {
		const ru = translator('ru');
		expect(ru('chart.heatmap.title', { period: 'Май 2026' })).toMatch(
			/^Результаты по группам и областям, май 2026 \(/
		);
		expect(ru('chart.heatmap.title', { period: 'I четверть' })).toContain(', I четверть (');
		expect(
			ru('chart.outcomes.tooltip', { area: 'Речь', period: 'Май 2026', mean: '50 %', n: 3, low: 0 })
		).toContain('Речь\nМай 2026:');
		expect(translator('en')('chart.heatmap.title', { period: 'May 2026' })).toContain('May 2026');
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

describe('dates, percents and reasons', () => {
	it('writes a date from the data as its calendar day, in either locale', () => {
		expect(formatDate('ru', '2026-05-31', 'day')).toBe('31 мая 2026 г.');
		expect(formatDate('en', '2026-05-31', 'day')).toBe('May 31, 2026');
		expect(formatDate('ru', '2026-10-01T00:00:00Z', 'month')).toBe('октябрь 2026 г.');
		expect(formatDate('en', '2026-10-01T00:00:00Z', 'monthShort')).toBe('Oct 2026');
	});

	it('keeps the day of a midnight UTC date whatever the time zone (tests pin Europe/Moscow, +3)', () => {
		expect(formatDate('ru', Date.UTC(2026, 0, 1), 'day')).toBe('1 января 2026 г.');
		expect(formatDate('ru', new Date(2026, 0, 1, 1, 0), 'today')).toBe('1 января 2026 г.');
	});

	it('shows a share as percent with the locale’s decimal mark and a real minus', () => {
		expect(formatPercent('ru', 0.286)).toBe('29');
		expect(formatPercent('ru', 0.2854, 1)).toBe('28,5');
		expect(formatPercent('en', 0.2854, 1)).toBe('28.5');
		expect(formatPercent('ru', -0.125, 1)).toBe('−12,5');
		// An interval's end that rounds to zero: «[0; 9]», not «[−0; 9]».
		expect(formatPercent('ru', -0.004)).toBe('0');
		expect(formatNumber('ru', -0.0004)).toBe('0');
	});

	it('names a reason code in words, or gives the code when there is no message for it', () => {
		expect(reasonText(translator('ru'), 'blank_row')).toBe('пустая строка');
		expect(reasonText(translator('en'), 'blank_row')).toBe('blank row');
		expect(reasonText(translator('ru'), 'no_such_reason')).toBe('no_such_reason');
	});
});
