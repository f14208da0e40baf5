import { describe, expect, it } from 'vitest';
import { inferAnswerScale } from './answer-scale';

const words = (s: ReturnType<typeof inferAnswerScale>) => s.answers.map((a) => [a.answer, a.score]);

describe('survey answer scales of any wording', () => {
	it('orders the three-point phrases of the Google Forms deficit survey by their cue words', () => {
		const scale = inferAnswerScale([
			'Получается хорошо',
			'Испытываю затруднения',
			'Получается, но необходимо совершенствование'
		]);
		expect(scale).toMatchObject({ how: 'cues', levels: 3, unknown: [], missing: [] });
		expect(words(scale)).toEqual([
			['Испытываю затруднения', 1],
			['Получается, но необходимо совершенствование', 2],
			['Получается хорошо', 3]
		]);
	});

	it('takes a known wording whole, so an unused top answer still counts as a point', () => {
		const scale = inferAnswerScale(['Владею', 'Не владею', 'частично владею']);
		expect(scale).toMatchObject({ how: 'known', levels: 4 });
		expect(words(scale)).toEqual([
			['Не владею', 1],
			['частично владею', 2],
			['Владею', 3]
		]);
	});

	it('reads «не испытываю затруднений» as high and «в совершенстве» as the top', () => {
		const scale = inferAnswerScale([
			'Не испытываю затруднений',
			'Испытываю затруднения',
			'Владею в совершенстве'
		]);
		expect(scale.levels).toBe(4);
		expect(words(scale)).toEqual([
			['Испытываю затруднения', 1],
			['Не испытываю затруднений', 3],
			['Владею в совершенстве', 4]
		]);
	});

	it('treats «Затрудняюсь ответить», «Нет ответа», «Не знаю» as missing and lists unknown words', () => {
		const scale = inferAnswerScale([
			'Получается хорошо',
			'Затрудняюсь ответить',
			'Нет ответа',
			'Не знаю',
			'см. выше'
		]);
		expect(scale.missing).toEqual(['Затрудняюсь ответить', 'Нет ответа', 'Не знаю']);
		expect(scale.unknown).toEqual(['см. выше']);
	});

	it('reads answers that start with their point by that number, a 0 start shifted to 1', () => {
		const scale = inferAnswerScale(['3 — владею уверенно', '1 — не владею', '2 - частично']);
		expect(scale).toMatchObject({ how: 'numbers', levels: 3 });
		expect(words(scale).map(([, score]) => score)).toEqual([1, 2, 3]);
		expect(inferAnswerScale(['0) нет', '2) да']).answers).toEqual([
			{ answer: '0) нет', score: 1 },
			{ answer: '2) да', score: 3 }
		]);
	});

	it('follows the user’s order when given, and then rejects words outside it', () => {
		const scale = inferAnswerScale(['Б', 'А', 'В', 'Г'], ['а', 'Б', 'В']);
		expect(scale).toMatchObject({ how: 'user', levels: 3, unknown: ['Г'] });
		expect(words(scale)).toEqual([
			['А', 1],
			['Б', 2],
			['В', 3]
		]);
	});
});
