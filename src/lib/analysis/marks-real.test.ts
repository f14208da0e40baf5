import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { analyzeAll } from './index';
import { translator } from '../i18n';
import { detectMode, marks } from './marks';
import { marksAgainstReference, objectivity, tasks } from './vpr';
import type { MarksRow } from './marks';

/** The real ФИС ОКО Ф1 (../shared/real-exports, read in place): 50 pupils, marks 2 ×8, 3 ×27, 4 ×12, 5 ×3. */
const REAL = new URL('../../../../shared/real-exports/', import.meta.url);
const F1 = 'vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx';
let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(engine, [sourceFromBytes('Ф1.xlsx', readFileSync(new URL(F1, REAL)))]);
});
afterAll(() => engine.close());

describe('marks of the real Ф1', () => {
	it('is school data: marks 2–5', async () => {
		expect(await detectMode(engine)).toBe('school');
	});

	it('counts успеваемость, качество and «2» over the school and per class', async () => {
		const rows = await marks(engine);
		expect(rows.map((r) => [r.class, r.n])).toEqual([
			[null, 50],
			['4 класс №1', 29],
			['4 класс №2', 21]
		]);
		const [school, c1, c2] = rows;
		expect(school).toMatchObject({ subject: 'Русский язык', period: '20.04.2026' });
		expect(school.mean).toBeCloseTo(160 / 50, 12);
		expect(school.pass_rate).toBeCloseTo(42 / 50, 12);
		expect(school.quality_rate).toBeCloseTo(15 / 50, 12);
		expect(school.share_2).toBeCloseTo(8 / 50, 12);
		expect(school.distribution).toEqual({ 2: 8, 3: 27, 4: 12, 5: 3 });
		expect(c1.distribution).toEqual({ 2: 4, 3: 16, 4: 7, 5: 2 });
		expect([c1.parallel, c2.parallel]).toEqual([4, 4]);
		expect(c1.pass_rate).toBeCloseTo(25 / 29, 12);
		expect(c1.quality_rate).toBeCloseTo(9 / 29, 12);
		expect(c2.distribution).toEqual({ 2: 4, 3: 11, 4: 5, 5: 1 });
		expect(c2.share_2).toBeCloseTo(4 / 21, 12);
		expect(c2.quality_rate).toBeCloseTo(6 / 21, 12);
	});

	it('rates each of the 15 tasks by points over the maximum, in the order of the form', async () => {
		const school = (await tasks(engine)).filter((t) => t.class === null);
		expect(school.map((t) => t.task)).toEqual([
			'1 (2б)',
			'2 (1б)',
			'3 (2б)',
			'4 (3б)',
			'5 (2б)',
			'6 (1б)',
			'7 (1б)',
			'8 (2б)',
			'9.1 (1б)',
			'9.2 (2б)',
			'10.1 (1б)',
			'10.2 (2б)',
			'11 (1б)',
			'12.1 (2б)',
			'12.2 (1б)'
		]);
		expect(school[0]).toMatchObject({ max: 2, n: 50 });
		expect(school[0].success_rate).toBeCloseTo(73 / 100, 12);
		expect(school[4].success_rate).toBeCloseTo(44 / 100, 12);
		const perClass = (await tasks(engine)).filter((t) => t.class !== null);
		expect(perClass).toHaveLength(30);
		expect(perClass.filter((t) => t.class === '4 класс №1').every((t) => t.n === 29)).toBe(true);
	});

	it('compares the ВПР mark with «Отметка по журналу»: понизили / подтвердили / повысили', async () => {
		expect(await objectivity(engine)).toEqual([
			{
				subject: 'Русский язык',
				class: null,
				period: '20.04.2026',
				lowered: 21,
				confirmed: 26,
				raised: 3,
				n: 50
			},
			{
				subject: 'Русский язык',
				class: '4 класс №1',
				period: '20.04.2026',
				lowered: 13,
				confirmed: 15,
				raised: 1,
				n: 29
			},
			{
				subject: 'Русский язык',
				class: '4 класс №2',
				period: '20.04.2026',
				lowered: 8,
				confirmed: 11,
				raised: 2,
				n: 21
			}
		]);
	});
});

describe('the CLI on the real Ф1', () => {
	it('says marks as marks and prints marks, tasks, objectivity the schema accepts', () => {
		const root = new URL('../../../', import.meta.url);
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', 'scripts/analyze.ts', '--json', fileURLToPath(new URL(F1, REAL))],
			{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		const result = JSON.parse(out);
		const schema = JSON.parse(readFileSync(new URL('schemas/analyze.schema.json', root), 'utf8'));
		const validate = new Ajv({ allErrors: true }).compile(schema);
		expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
		expect(result.mode).toBe('school');
		expect(result.marks[0]).toEqual({
			subject: 'Русский язык',
			class: null,
			parallel: null,
			period: '20.04.2026',
			n: 50,
			mean: expect.closeTo(3.2, 12),
			pass_rate: expect.closeTo(0.84, 12),
			quality_rate: expect.closeTo(0.3, 12),
			share_2: expect.closeTo(0.16, 12),
			distribution: { 2: 8, 3: 27, 4: 12, 5: 3 }
		});
		expect(result.tasks).toHaveLength(45);
		expect(result.objectivity[0]).toMatchObject({ lowered: 21, confirmed: 26, raised: 3, n: 50 });
		// The bug this replaces: «на низком уровне 70 % детей» while only 8 of 50 got «2».
		expect(result.findings[0]).toBe(
			'Слабее всего результаты по предмету «Русский язык» (20.04.2026): средняя отметка 3,2, успеваемость 84 %, качество знаний 30 %, «2» у 16 % из 50 обучающихся.'
		);
		expect(result.findings).toContain(
			'Труднее всего по предмету «Русский язык» задание 5 (2б): в среднем набрано 44 % его баллов (обучающихся: 50).'
		);
		expect(result.findings.join(' ')).not.toMatch(/низком уровне/);
	}, 60_000);
});

describe('a ВПР collection form on primary points (english8)', () => {
	it('is school data, said in points, never in levels', async () => {
		const other = await createNodeEngine();
		const path = 'vpr-collection-form-english8/Форма сбора результатов Английский язык 8 класс ВПР 2026.xlsx';
		await loadAll(other, [sourceFromBytes(path.split('/')[1], readFileSync(new URL(path, REAL)))]);
		const result = await analyzeAll(other, translator('ru'), 'ru');
		await other.close();
		expect(result.mode).toBe('school');
		expect(result.findings[0]).toMatch(
			/^Слабее всего результаты по предмету «Английский язык».*обучающихся: 11\)/
		);
		expect(result.findings.join(' ')).not.toMatch(/низком уровне|детей/);
	});
});

describe('the region as reference: the real Ф3 beside the real Ф1', () => {
	it('keeps Ф3 «Статистика по отметкам» as the region’s marks, set beside the school’s own, in the JSON', () => {
		const root = new URL('../../../', import.meta.url);
		const F3 = 'vpr-fis-oko-urus-martan/Ф3_Статистика по отметкам.xlsx';
		const out = execFileSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/analyze.ts',
				'--json',
				fileURLToPath(new URL(F1, REAL)),
				fileURLToPath(new URL(F3, REAL))
			],
			{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		const result = JSON.parse(out);
		const schema = JSON.parse(readFileSync(new URL('schemas/analyze.schema.json', root), 'utf8'));
		const validate = new Ajv({ allErrors: true }).compile(schema);
		expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
		expect(result.files[1]).toMatchObject({ rows_in: 11, rows_loaded: 4, rows_rejected: 7 });
		const form = { subject: 'Русский язык', parallel: '4', period: '20.04.2026' };
		expect(result.reference).toEqual([
			{
				...form,
				level: 'all',
				name: 'Вся выборка',
				schools: 35589,
				n: 1722202,
				share_2: 0.0506,
				share_3: 0.3292,
				share_4: 0.4433,
				share_5: 0.1769
			},
			{
				...form,
				level: 'region',
				name: 'Чеченская Республика',
				schools: 560,
				n: 30216,
				share_2: 0.1344,
				share_3: 0.4415,
				share_4: 0.3628,
				share_5: 0.0614
			},
			{
				...form,
				level: 'municipality',
				name: 'Урус-Мартановский муниципальный район(reg20_m012)',
				schools: 47,
				n: 3162,
				share_2: 0.1357,
				share_3: 0.469,
				share_4: 0.3365,
				share_5: 0.0588
			},
			{
				...form,
				level: 'school',
				name: 'МБОУ «СОШ №1 г.Урус-Мартан»(edu203389)',
				schools: null,
				n: 89,
				share_2: 0.1236,
				share_3: 0.5281,
				share_4: 0.2697,
				share_5: 0.0787
			}
		]);
		// The table of the view: the 50 loaded papers first (8, 27, 12, 3 of 50), then the form's rows.
		const [table] = marksAgainstReference(
			result.marks.map((m: MarksRow) => ({ ...m, period_order: 0 })),
			result.reference
		);
		expect(table.subject).toBe('Русский язык');
		expect(table.period).toBe('20.04.2026');
		expect(table.lines.map((l) => [l.level, l.n])).toEqual([
			['loaded', 50],
			['all', 1722202],
			['region', 30216],
			['municipality', 3162],
			['school', 89]
		]);
		expect(table.lines[0].shares).toEqual([8 / 50, 27 / 50, 12 / 50, 3 / 50]);
		expect(table.lines[0].quality_rate).toBeCloseTo(0.3, 12);
		expect(table.lines[2].quality_rate).toBeCloseTo(0.3628 + 0.0614, 12);
		// The form's rounded percents: 3, 4, 5 add up to 86,57 % while «2» is 13,44 %.
		expect(table.lines[2].pass_rate).toBeCloseTo(0.4415 + 0.3628 + 0.0614, 12);
	}, 60_000);
});
