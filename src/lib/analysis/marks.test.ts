import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { detectMode, marks, marksDistribution, marksOnly, modeOf, weakestSubject } from './marks';
import { compareTasks } from './vpr';

const csv = (text: string) => new TextEncoder().encode(text);
let engine: Engine;

// Two classes, two subjects, two quarters; every figure below is counted by hand from these rows.
beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(engine, [
		sourceFromBytes(
			'journal.csv',
			csv(
				'Ученик;Класс;Период;Математика;Русский язык\n' +
					'А;5А;I четверть;2;5\nБ;5А;I четверть;3;4\nВ;5А;I четверть;4;4\nГ;5Б;I четверть;5;3\n' +
					'А;5А;II четверть;3;5\nБ;5А;II четверть;3;4\nВ;5А;II четверть;4;5\nГ;5Б;II четверть;2;4\n'
			)
		)
	]);
});
afterAll(() => engine.close());

describe('the mode of the data', () => {
	it('is school only when every outcome file holds marks 2–5 in numbers', () => {
		const marks25 = { scale_min: 2, scale_max: 5 };
		expect(modeOf([marks25])).toBe('school');
		expect(modeOf([marks25, { scale_min: 0, scale_max: 3 }])).toBe('kindergarten');
		expect(modeOf([{ ...marks25, words: true }])).toBe('kindergarten');
		expect(modeOf([])).toBe('kindergarten');
		// A ВПР form on primary points (0–25) is school data when its groups are classes.
		expect(modeOf([{ scale_min: 0, scale_max: 25 }], ['8 класс №1', '8 класс №2'])).toBe('school');
		expect(modeOf([{ scale_min: 0, scale_max: 3 }], ['Ромашка', '1'])).toBe('kindergarten');
	});

	it('reads a journal of marks as school data', async () => {
		expect(await detectMode(engine)).toBe('school');
	});
});

describe('marks per subject × class × period', () => {
	it('counts n, mean, успеваемость, качество, «2» and the distribution', async () => {
		const rows = await marks(engine);
		const at = (subject: string, cls: string | null, period: string) =>
			rows.find((r) => r.subject === subject && r.class === cls && r.period === period)!;
		// Математика, I четверть, school: 2, 3, 4, 5.
		expect(at('Математика', null, 'I четверть')).toMatchObject({
			n: 4,
			mean: 3.5,
			pass_rate: 0.75,
			quality_rate: 0.5,
			share_2: 0.25,
			distribution: { 2: 1, 3: 1, 4: 1, 5: 1 }
		});
		// 5А in I четверть: 2, 3, 4.
		const a = at('Математика', '5А', 'I четверть');
		expect(a).toMatchObject({ n: 3, mean: 3, distribution: { 2: 1, 3: 1, 4: 1, 5: 0 } });
		expect(a.pass_rate).toBeCloseTo(2 / 3, 12);
		expect(a.quality_rate).toBeCloseTo(1 / 3, 12);
		// Русский язык, II четверть, 5А: 5, 4, 5 — no «2», all quality.
		expect(at('Русский язык', '5А', 'II четверть')).toMatchObject({
			n: 3,
			pass_rate: 1,
			quality_rate: 1,
			share_2: 0
		});
		// Periods in the order of the year: dynamics read left to right.
		expect(rows.filter((r) => r.subject === 'Математика' && r.class === null).map((r) => r.period)).toEqual([
			'I четверть',
			'II четверть'
		]);
	});

	it('names the weakest subject at its last period: Математика, II четверть, mean 3', async () => {
		const w = weakestSubject(await marks(engine));
		expect(w).toMatchObject({ subject: 'Математика', period: 'II четверть', class: null, n: 4, mean: 3 });
		expect(w?.share_2).toBe(0.25);
	});
});

describe('ВПР tasks', () => {
	it('follow the form: 1, 2, 9.1, 9.2, 10, 10.1', () => {
		const names = ['10.1 (1б)', '9.2 (2б)', '2 (1б)', '10 (1б)', '1 (2б)', '9.1 (1б)'];
		expect(names.sort(compareTasks)).toEqual([
			'1 (2б)',
			'2 (1б)',
			'9.1 (1б)',
			'9.2 (2б)',
			'10 (1б)',
			'10.1 (1б)'
		]);
	});
});

describe('the marks distribution', () => {
	it('counts each mark per subject at its last period, for one class or all', async () => {
		expect(await marksDistribution(engine, '', '')).toEqual({
			subjects: ['Математика', 'Русский язык'],
			periods: ['II четверть', 'II четверть'],
			n: [4, 4],
			counts: [
				[1, 0],
				[2, 0],
				[1, 2],
				[0, 2]
			]
		});
		expect((await marksDistribution(engine, 'I четверть', '5Б')).counts).toEqual([
			[0, 0],
			[0, 1],
			[0, 0],
			[1, 0]
		]);
	});
});

describe('classes written two ways', () => {
	it('are one class with its parallel: «5 А» in one file and «5-а» in another', async () => {
		const other = await createNodeEngine();
		await loadAll(other, [
			sourceFromBytes(
				'q1.csv',
				csv('Ученик;Класс;Период;Математика\nА;5 А;I четверть;2\nБ;5 А;I четверть;4\n')
			),
			sourceFromBytes(
				'q2.csv',
				csv('Ученик;Класс;Период;Математика\nВ;5-а;I четверть;5\nГ;6 "Б";I четверть;3\n')
			)
		]);
		const rows = (await marks(other)).map((r) => [r.class, r.parallel, r.n, r.mean]);
		await other.close();
		expect(rows).toEqual([
			[null, null, 4, 3.5],
			['5А', 5, 3, 11 / 3],
			['6Б', 6, 1, 3]
		]);
	});
});

describe('marks said as marks', () => {
	it('only when every outcome file is on the 2–5 scale in numbers; other kinds do not count', () => {
		const marks = { kind: 'outcomes' as const, scale: { min: 2, max: 5, words: false } };
		const survey = { kind: 'survey' as const, scale: { min: 1, max: 4, words: true } };
		expect(marksOnly([marks, marks, survey])).toBe(true);
		expect(marksOnly([marks, { kind: 'outcomes', scale: { min: 0, max: 3, words: false } }])).toBe(false);
		expect(marksOnly([{ kind: 'outcomes', scale: { min: 2, max: 5, words: true } }])).toBe(false);
		expect(marksOnly([survey])).toBe(false);
	});
});
