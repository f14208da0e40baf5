import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { loadAll, sourceFromBytes } from '../ingest';
import { linkage } from './linkage';

/**
 * Group names with no age in them («Ромашка»), an outcome column that gives it («3-4 года», «старшая»):
 * the linkage compares groups within the bands the column says, and its balance table shows them.
 */
let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

const bytes = (text: string) => new TextEncoder().encode(text);
const SPEECH = 'Развитие речи детей';
// One educator per group; those of Ромашка (младшая) and Колокольчик (старшая) in the speech deficit.
const educators = [
	['Ромашка', 'Иванова Анна Петровна', 'Не владею'],
	['Солнышко', 'Смирнова Ольга Викторовна', 'Владею'],
	['Колокольчик', 'Попова Елена Сергеевна', 'Не владею'],
	['Берёзка', 'Петрова Марина Николаевна', 'Владею']
];
const survey = [
	`Отметка времени,ФИО,Должность,Умею [${SPEECH}]`,
	...educators.map(([, name, answer], i) => `01.10.2025 10:0${i}:00,${name},воспитатель,${answer}`)
];
const roster = [
	'ФИО;Должность;Группа;Образовательная область',
	...educators.map(([group, name]) => `${name};воспитатель;${group};все`)
];

describe('age band from an outcome column', () => {
	it('reads the column as the group age and compares within its bands', async () => {
		const name = 'outcomes-age-column-groups-without-age-names.csv';
		const { reports } = await loadAll(engine, [
			sourceFromBytes(name, readFileSync(new URL(`../ingest/fixtures/${name}`, import.meta.url))),
			sourceFromBytes('survey.csv', bytes(survey.join('\r\n'))),
			sourceFromBytes('roster.csv', bytes(roster.join('\r\n')))
		]);
		expect(reports[0].roles.age).toBe('Возрастная группа');
		expect(reports[0].rowsLoaded).toBe(40);
		const groups = await engine.query(`SELECT name, age FROM groups ORDER BY name`);
		// The most frequent non-empty value: a stray «4-5 лет» and a blank do not move Колокольчик.
		expect(groups.toArray().map((r) => r.toJSON())).toEqual([
			{ name: 'Берёзка', age: 'старшая' },
			{ name: 'Колокольчик', age: '5-6 лет' },
			{ name: 'Ромашка', age: '3-4 года' },
			{ name: 'Солнышко', age: 'младшая' }
		]);

		const speech = (await linkage(engine)).find((r) => r.competency === SPEECH)!;
		expect(speech.groups.map((g) => [g.group, g.band, g.exposed])).toEqual([
			['Берёзка', 'старшая', false],
			['Колокольчик', 'старшая', true],
			['Ромашка', 'младшая', true],
			['Солнышко', 'младшая', false]
		]);
		expect(speech.balance.bands).toEqual([
			{ band: 'младшая', exposed: 1, unexposed: 1, compared: true },
			{ band: 'старшая', exposed: 1, unexposed: 1, compared: true }
		]);
		expect(speech.n_compared).toBe(4);
	});
});
