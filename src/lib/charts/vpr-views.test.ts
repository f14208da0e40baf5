import type { EChartsOption } from 'echarts';
import { renderSvg } from './render-svg';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { objectivityOption, tasksOption } from './vpr-views';

const t = translator('ru');
const aria = (o: EChartsOption) => (o as { aria: { label: { description: string } } }).aria.label.description;
const render = (o: EChartsOption) => renderSvg(o, 900, 400);
const task = (cls: string | null, name: string, rate: number, n: number) => ({
	subject: 'Русский язык',
	class: cls,
	period: '20.04.2026',
	task: name,
	max: 2,
	success_rate: rate,
	n
});

describe('ВПР charts', () => {
	it('tasks: the school beside each class, each with its n', () => {
		const o = tasksOption([task(null, '1 (2б)', 0.73, 50), task('4А', '1 (2б)', 0.78, 29)], t, 'ru');
		expect(aria(o)).toContain('Школа (n = 50): 1 (2б) — 73 %; 4А (n = 29): 1 (2б) — 78 %');
		expect(render(o)).toContain('Задания ВПР');
	});

	it('objectivity: shares of lowered, confirmed, raised with n', () => {
		const row = {
			subject: 'Русский язык',
			class: null,
			period: '20.04.2026',
			lowered: 21,
			confirmed: 26,
			raised: 3,
			n: 50
		};
		const o = objectivityOption([row], t, 'ru');
		expect(aria(o)).toContain('Школа (n = 50): Понизили 21, Подтвердили 26, Повысили 3');
		expect((o.series as { data: number[] }[]).map((s) => s.data[0])).toEqual([42, 52, 6]);
		expect(render(o)).toContain('Подтвердили');
	});
});
