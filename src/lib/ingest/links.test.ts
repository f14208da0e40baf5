import { describe, expect, it } from 'vitest';
import { defaultAreas, matchTarget } from './links';

const COMPETENCIES = [
	'Организация игровой деятельности',
	'Познавательно-исследовательская деятельность',
	'Развитие речи детей',
	'Художественно-эстетическое воспитание',
	'Здоровьесберегающие технологии',
	'Применение ИКТ в образовательном процессе',
	'Взаимодействие с семьями воспитанников'
];
const AREAS = [
	'Социально-коммуникативное развитие',
	'Познавательное развитие',
	'Речевое развитие',
	'Художественно-эстетическое развитие',
	'Физическое развитие'
];

describe('event targets', () => {
	it('takes a declared name as it is, whatever the case', () => {
		expect(matchTarget('развитие речи детей', 'Мастер-класс', COMPETENCIES)).toEqual({
			competency: 'Развитие речи детей',
			how: 'declared'
		});
	});

	it('reads a free-text target close to a competency', () => {
		expect(matchTarget('игровая деятельность, театрализация', 'Театрализованные игры', COMPETENCIES)).toEqual(
			{
				competency: 'Организация игровой деятельности',
				how: 'declared'
			}
		);
	});

	it('infers from the title when the target is empty, and says so', () => {
		expect(matchTarget('', 'Семинар «Здоровьесберегающие технологии в ДОУ»', COMPETENCIES)).toEqual({
			competency: 'Здоровьесберегающие технологии',
			how: 'inferred'
		});
	});

	it('matches common synonyms: ИКТ and цифровые ресурсы, речь and речевое', () => {
		const competencies = ['Цифровые ресурсы', 'Речевое развитие дошкольников', 'Работа с детьми с ОВЗ'];
		expect(matchTarget(null, 'Коучинг-сессия «ИКТ-компетентность педагога»', competencies)).toEqual({
			competency: 'Цифровые ресурсы',
			how: 'inferred'
		});
		expect(matchTarget(null, 'Семинар «Развитие речи дошкольников»', competencies)?.competency).toBe(
			'Речевое развитие дошкольников'
		);
		expect(matchTarget(null, 'Инклюзивное образование: практикум', competencies)?.competency).toBe(
			'Работа с детьми с ОВЗ'
		);
		expect(matchTarget(null, 'Педсовет «Итоги года»', competencies)).toBeNull();
	});

	it('invents no link where none fits', () => {
		expect(
			matchTarget('Охрана жизни и здоровья детей', 'Безопасность детей на прогулке', COMPETENCIES)
		).toBeNull();
		expect(matchTarget(null, 'Итоги года: анализ мониторинга', COMPETENCIES)).toBeNull();
		expect(matchTarget('', 'Педагогическая гостиная «Традиции нашего сада»', COMPETENCIES)).toBeNull();
	});
});

describe('competency ↔ area defaults', () => {
	it('maps the sample competencies to the ФГОС ДО areas by name, and leaves general ones unmapped', () => {
		expect(Object.fromEntries(COMPETENCIES.map((c) => [c, defaultAreas(c, AREAS)]))).toEqual({
			'Организация игровой деятельности': ['Социально-коммуникативное развитие'],
			'Познавательно-исследовательская деятельность': ['Познавательное развитие'],
			'Развитие речи детей': ['Речевое развитие'],
			'Художественно-эстетическое воспитание': ['Художественно-эстетическое развитие'],
			'Здоровьесберегающие технологии': ['Физическое развитие'],
			'Применение ИКТ в образовательном процессе': [],
			'Взаимодействие с семьями воспитанников': []
		});
	});
});
