import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { linkage } from './linkage';
import { normal, seededRandom } from './random';

/**
 * Linkage at class level (issue 13.5): a subject teacher's deficit against their classes' marks, classes
 * compared within their parallel, the roster's «Классы» list written differently from the marks file.
 */
const MATH = 'Функциональная (математическая) грамотность';
const classesOf = (parallels: number[]) => parallels.flatMap((p) => [...'АБВГ'].map((l) => `${p}${l}`));

function school(parallels: number[], effect: number, seed: number) {
	const CLASSES = classesOf(parallels);
	const random = seededRandom(seed);
	// One teacher a pair of classes: «5А, 6А» … ; the teachers of А and Б are in deficit.
	const teachers = [
		'Орлова Анна Петровна',
		'Белова Ольга Ивановна',
		'Титова Елена Сергеевна',
		'Зайцева Мария Олеговна'
	];
	const inDeficit = (c: string) => c.endsWith('А') || c.endsWith('Б');
	const rows = ['ФИО обучающегося;Класс;Период;Математика'];
	for (const c of CLASSES)
		for (let k = 0; k < 24; k++) {
			const level = 3.6 + 0.4 * normal(random);
			const mark = (x: number) => String(Math.min(5, Math.max(2, Math.round(x))));
			// Written «5 "А"» in the marks, «5А» in the roster.
			const written = `${c[0]} "${c[1]}"`;
			rows.push(`Ученик ${c}-${k};${written};Сентябрь 2025;${mark(level + 0.5 * normal(random))}`);
			const end = level + 0.3 - (inDeficit(c) ? effect : 0) + 0.1 * normal(random) + 0.5 * normal(random);
			rows.push(`Ученик ${c}-${k};${written};Май 2026;${mark(end)}`);
		}
	const survey = [`Отметка времени,ФИО,Должность,Владею [${MATH}]`];
	const roster = ['ФИО;Должность;Предметы;Классы'];
	teachers.forEach((t, i) => {
		const letter = 'АБВГ'[i];
		survey.push(`01.10.2025 10:0${i}:00,${t},учитель,${i < 2 ? 'Не владею' : 'Владею'}`);
		roster.push(`${t};учитель математики;Математика;${parallels.map((p) => `${p}${letter}`).join(', ')}`);
	});
	const bytes = (s: string[]) => new TextEncoder().encode(s.join('\r\n') + '\r\n');
	return [
		sourceFromBytes('marks.csv', bytes(rows)),
		sourceFromBytes('survey.csv', bytes(survey)),
		sourceFromBytes('roster.csv', bytes(roster))
	];
}

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('linkage at class level', () => {
	it('takes each class’s exposure from its subject teacher, compares classes within a parallel', async () => {
		await loadAll(engine, school([5, 6, 7], 0.9, 1));
		const [pair] = (await linkage(engine)).filter((l) => l.competency === MATH && l.area === 'Математика');
		expect(pair.groups.map((g) => [g.group, g.band, g.exposure])).toEqual(
			classesOf([5, 6, 7]).map((c) => [`${c[0]} "${c[1]}"`, `класс ${c[0]}`, 'АБ'.includes(c[1]) ? 1 : 0])
		);
		expect(pair.balance.bands.map((b) => [b.exposed, b.unexposed])).toEqual([
			[2, 2],
			[2, 2],
			[2, 2]
		]);
		expect(pair.method).toBe('exact');
		expect(pair.verdict).toBe('linked');
		expect(pair.effect).toBeLessThan(0);
	});

	it('a school with few classes per subject gets «данных недостаточно», never an invented link', async () => {
		// Eight classes in two parallels, half in deficit: the most extreme split gives p = 2/36.
		await loadAll(engine, school([5, 6], 0.9, 1));
		const [pair] = await linkage(engine);
		expect(pair).toMatchObject({ verdict: 'insufficient', reason: 'underpowered', p: null });
	});

	it('finds nothing where the deficit changes nothing', async () => {
		await loadAll(engine, school([5, 6, 7], 0, 2));
		expect((await linkage(engine)).map((l) => l.verdict)).not.toContain('linked');
	});
});
