import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { teacherCard } from './views';

/** The teacher card shows only the areas the teacher works in (issue 12.5). */
let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

describe('teacher card', () => {
	it('a логопед’s card gives the speech results of her groups, an educator’s every area', async () => {
		await loadAll(engine, [
			sourceFromBytes(
				'outcomes.csv',
				csv([
					'ФИО ребёнка;Группа;Период;Речевое развитие;Физическое развитие',
					'Аня;Ягодка;Май 2026;0;3',
					'Боря;Ягодка;Май 2026;1;3',
					'Вера;Радуга;Май 2026;3;3'
				])
			),
			sourceFromBytes(
				'roster.csv',
				csv([
					'ФИО;Должность;Группа;Образовательная область',
					'Логопедова Жанна Львовна;учитель-логопед;Ягодка;Речевое развитие',
					'Иванова Анна Петровна;воспитатель;Ягодка;все'
				])
			)
		]);
		const key = async (name: string) =>
			String(
				(await engine.query(`SELECT teacher_key FROM teachers WHERE name = ?`, [name])).get(0)?.teacher_key
			);
		const speech = await teacherCard(engine, await key('Логопедова Жанна Львовна'));
		expect(speech.areas).toEqual(['Речевое развитие']);
		// Speech only: (0 + 1) / 2 of a 0–3 scale.
		expect(speech.groups.group).toEqual(['Ягодка']);
		expect(speech.groups.mean[0]).toBeCloseTo(1 / 6);
		const educator = await teacherCard(engine, await key('Иванова Анна Петровна'));
		expect(educator.areas).toBeNull();
		expect(educator.groups.mean[0]).toBeCloseTo((0 + 1 + 3 + 3) / 4 / 3);
	});

	it('a subject teacher’s card gives their classes in their subject, «5А» on the roster being «5 "А"» in the marks', async () => {
		await loadAll(engine, [
			sourceFromBytes(
				'marks.csv',
				csv([
					'ФИО обучающегося;Класс;Период;Математика;Русский язык',
					'Аня;5 "А";Год;3;5',
					'Боря;5 "А";Год;5;5',
					'Вера;5 "Б";Год;4;4'
				])
			),
			sourceFromBytes(
				'roster.csv',
				csv(['ФИО;Должность;Предметы;Классы', 'Алиев Ислам Магомедович;учитель математики;Математика;5А'])
			)
		]);
		const key = String(
			(await engine.query(`SELECT teacher_key FROM teachers WHERE name LIKE 'Алиев%'`)).get(0)?.teacher_key
		);
		const card = await teacherCard(engine, key);
		expect(card.areas).toEqual(['Математика']);
		expect(card.groups.group).toEqual(['5 "А"']);
		expect(card.groups.n).toEqual([2]);
	});
});
