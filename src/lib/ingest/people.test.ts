import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPeople, parsePersonName } from './people';

describe('parsing names', () => {
	it('takes apart full names, initials and first-name-first spellings', () => {
		expect(parsePersonName('Иванова Анна Андреевна')).toEqual({
			surname: 'иванова',
			first: 'анна',
			firstInitial: 'а',
			patronymic: 'андреевна',
			patronymicInitial: 'а'
		});
		expect(parsePersonName('ИВАНОВА  А. А.')).toEqual({
			surname: 'иванова',
			firstInitial: 'а',
			patronymicInitial: 'а'
		});
		expect(parsePersonName('Анна Иванова')).toMatchObject({ surname: 'иванова', first: 'анна' });
		expect(parsePersonName('Анна Андреевна Иванова')).toMatchObject({
			surname: 'иванова',
			first: 'анна',
			patronymic: 'андреевна'
		});
		expect(parsePersonName('Семёнова В.Ф.')).toMatchObject({ surname: 'семенова' });
	});
});

describe('matching people across files', () => {
	it('joins every spelling of one teacher', () => {
		const { keyOf, ambiguous } = matchPeople([
			'Иванова Анна Андреевна',
			'Иванова А.А.',
			'ИВАНОВА  А. А.',
			'Анна Иванова',
			'Семенова Валентина Федоровна',
			'Семёнова В.Ф.'
		]);
		expect(ambiguous).toEqual([]);
		expect(
			new Set([keyOf.get('Иванова А.А.'), keyOf.get('ИВАНОВА  А. А.'), keyOf.get('Анна Иванова')])
		).toEqual(new Set([keyOf.get('Иванова Анна Андреевна')]));
		expect(keyOf.get('Семёнова В.Ф.')).toBe(keyOf.get('Семенова Валентина Федоровна'));
	});

	it('never merges two people who share initials; shows the spelling that fits both', () => {
		const names = ['Иванова Анна Андреевна', 'Иванова Алла Андреевна', 'Иванова А.А.', 'Петрова Е.В.'];
		const { keyOf, ambiguous } = matchPeople(names);
		expect(keyOf.get('Иванова Анна Андреевна')).not.toBe(keyOf.get('Иванова Алла Андреевна'));
		expect(keyOf.has('Иванова А.А.')).toBe(false);
		expect(ambiguous).toEqual([
			{
				name: 'Иванова А.А.',
				candidates: [
					{ key: 'иванова алла андреевна', name: 'Иванова Алла Андреевна' },
					{ key: 'иванова анна андреевна', name: 'Иванова Анна Андреевна' }
				]
			}
		]);
		expect(keyOf.get('Петрова Е.В.')).toBe('петрова е в');
	});

	it('follows the user: an ambiguous spelling resolved to one person joins that person', () => {
		const names = ['Иванова Анна Андреевна', 'Иванова Алла Андреевна', 'Иванова А.А.'];
		const { keyOf, ambiguous } = matchPeople(names, new Map([['Иванова А.А.', 'иванова алла андреевна']]));
		expect(ambiguous).toEqual([]);
		expect(keyOf.get('Иванова А.А.')).toBe('иванова алла андреевна');
	});

	it('gives every name a key or lists it as ambiguous, whatever the names (property)', () => {
		const letter = fc.constantFrom(...'абвгдеёжзиклмнопрстуфхцчшщэюяАБВИКП .'.split(''));
		const name = fc.array(letter, { minLength: 1, maxLength: 20 }).map((l) => l.join(''));
		fc.assert(
			fc.property(fc.array(name, { maxLength: 12 }), (names) => {
				const { keyOf, ambiguous } = matchPeople(names);
				for (const n of new Set(names.map((x) => x.trim()).filter(Boolean))) {
					if (parsePersonName(n) === null) continue;
					expect(keyOf.has(n) !== ambiguous.some((a) => a.name === n)).toBe(true);
				}
			})
		);
	});
});
