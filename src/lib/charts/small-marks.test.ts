import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { dynamicsOption } from './outcomes-views';

describe('under 5 children marked', () => {
	it('the dynamics chart marks a group of 3 children with the asterisk the footnote explains', () => {
		const option = dynamicsOption(
			{
				area: 'Речевое развитие',
				groups: ['Старшая «Радуга»', 'Старшая «Малыши»'],
				start: [1.2, 1.4],
				end: [1.9, 2.6],
				paired: [22, 3],
				first: 'Сентябрь 2025',
				last: 'Май 2026'
			} as Parameters<typeof dynamicsOption>[0],
			translator('ru'),
			'ru'
		);
		const labels = (option.xAxis as { data: string[] }).data;
		expect(labels).toEqual(['Старшая «Радуга» (n\u00a0=\u00a022)', 'Старшая «Малыши» (n\u00a0=\u00a03*)']);
	});
});
