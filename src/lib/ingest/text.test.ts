import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { levelWord } from './sql-text';
import { fold, foldSql } from './text';

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

/** What exports hold: level words, headers and names as people type them. */
const TRICKY = [
	'Высокий',
	'ВЫСОКИЙ ',
	'«Сформирован»',
	'не-сформирован',
	'Частично\u00a0сформирован',
	'в стадии  формирования',
	'В.',
	'(Н)',
	'Семёнова В.Ф.',
	'ЁЛКИНА Алёна',
	'Иванова\u2009А.\u202fА.',
	'Речевое развитие — итог',
	'Познавательное – развитие',
	'Умение 1.2: «анализировать»',
	'Отметка\tвремени\r\n',
	'B', // Latin look-alike of «В»: both sides keep it Latin
	'Cредний', // a Latin C before Cyrillic letters
	'№ п/п',
	'3,5 балла',
	'',
	'   '
];

describe('text folding', () => {
	it('folds punctuation, ё, quotes, dashes and non-breaking spaces away', () => {
		expect(fold('«Сформирован»')).toBe('сформирован');
		expect(fold('не-сформирован')).toBe('не сформирован');
		expect(fold('Частично\u00a0сформирован')).toBe('частично сформирован');
		expect(fold('Семёнова В.Ф.')).toBe('семенова в ф');
		expect(fold('Речевое развитие — итог')).toBe('речевое развитие итог');
	});

	it('gives the same fold in SQL as in JS', async () => {
		const list = TRICKY.map((_, i) => `(${i}, ?)`).join(', ');
		const table = await engine.query(
			`SELECT i, ${foldSql('t')} AS folded FROM (VALUES ${list}) v(i, t) ORDER BY i`,
			TRICKY
		);
		const sql = Array.from(table.getChild('folded')!.toArray(), String);
		expect(sql).toEqual(TRICKY.map(fold));
	});

	it('reads a level word in SQL however the JS side would fold it', async () => {
		const words = ['не-сформирован', '«Высокий»', 'В.', 'Частично\u00a0сформирован', 'ВЫСОКИЙ!'];
		const list = words.map((_, i) => `(${i}, ?)`).join(', ');
		const table = await engine.query(
			`SELECT i, ${levelWord('t')} AS score FROM (VALUES ${list}) v(i, t) ORDER BY i`,
			words
		);
		expect(Array.from(table.getChild('score')!.toArray(), Number)).toEqual([1, 3, 3, 2, 3]);
	});
});
