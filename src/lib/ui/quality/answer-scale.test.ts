import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AnswerScale from './AnswerScale.svelte';

const scales = [
	{
		grids: ['Раздел I', 'Раздел II'],
		answers: [
			{ answer: 'Испытываю затруднения', score: 1 },
			{ answer: 'Получается, но необходимо совершенствование', score: 2 },
			{ answer: 'Получается хорошо', score: 3 }
		],
		levels: 3,
		how: 'cues' as const,
		missing: ['Затрудняюсь ответить'],
		unknown: ['см. комментарий']
	}
];

describe('the answer scale in the file card', () => {
	it('lists the answers weakest first, the words taken as missing, and the unknown ones to place', () => {
		const { body } = render(AnswerScale, {
			props: { scales, order: scales[0].answers.map((a) => a.answer) }
		});
		const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		const at = (s: string) => text.indexOf(s);
		expect(at('Испытываю затруднения')).toBeGreaterThan(-1);
		expect(at('Испытываю затруднения')).toBeLessThan(at('Получается, но необходимо совершенствование'));
		expect(at('Получается, но необходимо совершенствование')).toBeLessThan(at('Получается хорошо'));
		expect(text).toContain('«Затрудняюсь ответить»');
		expect(body).toContain('aria-label="Поставить «см. комментарий» на шкалу, сильнейшим"');
		expect(body).toContain('disabled="" aria-label="Поднять «Испытываю затруднения» выше"');
	});
});
