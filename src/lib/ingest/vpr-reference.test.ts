import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasks } from '../analysis/vpr';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from './index';
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

/** The real Ф1 (Русский язык, 4 класс) with a task → умение map written beside it. */
const F1 = new URL(
	'../../../../shared/real-exports/vpr-fis-oko-urus-martan/Ф1_Индивидуальные результаты.xlsx',
	import.meta.url
);
const f1 = () => sourceFromBytes('Ф1.xlsx', readFileSync(F1));
const MAP = 'vpr-task-skills-title-and-gap.csv';
const map = (name = MAP, bytes: Uint8Array = readFileSync(new URL(`fixtures/${MAP}`, import.meta.url))) =>
	sourceFromBytes(name, bytes);

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('a task → «проверяемое умение» map', () => {
	it('is read as a map, its subject from the title; each task of Ф1 gets its skill by number', async () => {
		const { reports } = await loadAll(engine, [f1(), map()]);
		expect(reports[1]).toMatchObject({ kind: null, aggregate: 'vpr_skills', rowsIn: 7, rowsLoaded: 4 });
		const rejects = (await engine.query(`SELECT "row", reason FROM rejects WHERE file_id = 1 ORDER BY "row"`))
			.toArray()
			.map((r) => r.toJSON());
		expect(rejects).toEqual([
			{ row: 1, reason: 'above_header' },
			{ row: 2, reason: 'blank_row' },
			{ row: 6, reason: 'skill_incomplete' }
		]);
		const school = (await tasks(engine)).filter((t) => t.class === null);
		expect(school.map((t) => [t.task, t.skill])).toEqual([
			[
				'1 (2б)',
				'Умение писать текст под диктовку, соблюдая изученные орфографические и пунктуационные нормы'
			],
			['2 (1б)', 'Умение распознавать однородные члены предложения'],
			['3 (2б)', null],
			['4 (3б)', null],
			['5 (2б)', null],
			['6 (1б)', null],
			['7 (1б)', null],
			['8 (2б)', null],
			['9.1 (1б)', 'Умение определять тему и главную мысль текста'],
			['9.2 (2б)', null],
			['10.1 (1б)', null],
			['10.2 (2б)', null],
			['11 (1б)', null],
			['12.1 (2б)', null],
			['12.2 (1б)', 'Умение проводить морфологический разбор']
		]);
		// Every class's row of a task carries the same skill.
		const perClass = (await tasks(engine)).filter((t) => t.task === '9.1 (1б)');
		expect(perClass.map((t) => t.skill)).toEqual(
			Array(3).fill('Умение определять тему и главную мысль текста')
		);
	});

	it('a map of another subject names no task of this one', async () => {
		const other = new TextDecoder()
			.decode(readFileSync(new URL(`fixtures/${MAP}`, import.meta.url)))
			.replace('Русский язык', 'Математика');
		await loadAll(engine, [f1(), map('math.csv', new TextEncoder().encode(other))]);
		expect((await tasks(engine)).every((t) => t.skill === null)).toBe(true);
	});
});
