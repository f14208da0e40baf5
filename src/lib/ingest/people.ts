import { fold } from './text';

/** A person's name taken apart; absent parts are unknown, initials are one letter. */
export interface PersonName {
	surname: string;
	first?: string;
	patronymic?: string;
	firstInitial?: string;
	patronymicInitial?: string;
}

/** Common first names, to tell «Анна Иванова» (first name first) from «Иванова Анна». */
const FIRST_NAMES = new Set(
	(
		'анна мария елена ольга наталья татьяна ирина светлана екатерина юлия людмила галина дарья оксана ' +
		'валентина вера надежда ксения алла лариса марина жанна инна полина алиса софия ева виктория ' +
		'варвара василиса вероника милана ульяна арина любовь нина зоя тамара раиса лидия александра ' +
		'евгения кристина анастасия маргарита диана олеся яна алена алёна елизавета ' +
		'александр сергей андрей дмитрий алексей максим иван михаил николай владимир павел олег игорь ' +
		'артем артём евгений роман денис виктор юрий константин антон илья кирилл егор тимофей матвей ' +
		'лев марк даниил федор фёдор савелий григорий борис вадим'
	)
		.split(' ')
		.map(fold)
);
const PATRONYMIC = /(вна|вич|чна|ична|инична|ич|оглы|кызы)$/;

/** Split a name as people write it: «Иванова Анна Андреевна», «ИВАНОВА А.А.», «Анна Иванова». */
export function parsePersonName(name: string): PersonName | null {
	const tokens = fold(name.replace(/\./g, ' ')).split(' ').filter(Boolean);
	if (tokens.length === 0) return null;
	let ordered = tokens;
	// «Анна Андреевна Иванова» and «Анна Иванова»: the first name leads, the surname comes last.
	if (tokens.length >= 2 && FIRST_NAMES.has(tokens[0]) && !FIRST_NAMES.has(tokens.at(-1)!)) {
		const last = tokens.at(-1)!;
		if (tokens.length === 2 || PATRONYMIC.test(tokens[1])) ordered = [last, ...tokens.slice(0, -1)];
	}
	const [surname, firstToken, patronymicToken] = ordered;
	const person: PersonName = { surname };
	if (firstToken) {
		person.firstInitial = firstToken[0];
		if (firstToken.length > 1) person.first = firstToken;
	}
	if (patronymicToken) {
		person.patronymicInitial = patronymicToken[0];
		if (patronymicToken.length > 1) person.patronymic = patronymicToken;
	}
	return person;
}

/** The key of a name on its own: full words where written, initials otherwise. */
export function ownKey(p: PersonName): string {
	return [p.surname, p.first ?? p.firstInitial, p.patronymic ?? p.patronymicInitial]
		.filter(Boolean)
		.join(' ');
}

/** Could these two written names be the same person? Parts both give must agree; initials match words. */
function compatible(a: PersonName, b: PersonName): boolean {
	if (a.surname !== b.surname) return false;
	const agree = (x?: string, y?: string, xi?: string, yi?: string) =>
		(x === undefined || y === undefined || x === y) && (xi === undefined || yi === undefined || xi === yi);
	return (
		agree(a.first, b.first, a.firstInitial, b.firstInitial) &&
		agree(a.patronymic, b.patronymic, a.patronymicInitial, b.patronymicInitial)
	);
}

/** How much a written name says: full words count more than initials. */
const detail = (p: PersonName) =>
	(p.first ? 2 : p.firstInitial ? 1 : 0) + (p.patronymic ? 2 : p.patronymicInitial ? 1 : 0);

export interface PeopleMatch {
	/** Each written name → the person key it is taken to mean; absent for an unresolved ambiguity. */
	keyOf: Map<string, string>;
	/** Names that fit several people: shown to the user, never merged silently. */
	ambiguous: { name: string; candidates: { key: string; name: string }[] }[];
	/** The people found, each by the most detailed spelling of their name. */
	people: { key: string; name: string; person: PersonName }[];
}

/** The person a name written elsewhere (a plan's participants) means, when exactly one fits. */
export function findPerson(match: PeopleMatch, name: string): { key?: string; candidates: number } {
	const person = parsePersonName(name);
	if (!person) return { candidates: 0 };
	const fits = match.people.filter((p) => compatible(p.person, person));
	return { key: fits.length === 1 ? fits[0].key : undefined, candidates: fits.length };
}

/**
 * Match the names written across files to people. The most detailed spellings are the people; every
 * other spelling joins the one person it fits. A spelling that fits two people («Иванова А.» beside
 * «Иванова Анна» and «Иванова Алла») stays unmatched unless `resolved` says which.
 */
export function matchPeople(names: string[], resolved: Map<string, string> = new Map()): PeopleMatch {
	const parsed = [...new Set(names.map((n) => n.trim()).filter(Boolean))]
		.map((name) => ({ name, person: parsePersonName(name)! }))
		.filter((n) => n.person !== null)
		.sort((a, b) => detail(b.person) - detail(a.person) || a.name.localeCompare(b.name));

	// People: spellings that no more detailed spelling already covers.
	const people: { key: string; name: string; person: PersonName }[] = [];
	const keyOf = new Map<string, string>();
	const ambiguous: PeopleMatch['ambiguous'] = [];
	for (const { name, person } of parsed) {
		const fits = people.filter((p) => compatible(p.person, person));
		const choice = resolved.get(name);
		if (choice !== undefined && fits.some((f) => f.key === choice)) keyOf.set(name, choice);
		else if (fits.length === 1) keyOf.set(name, fits[0].key);
		else if (fits.length === 0) {
			const key = ownKey(person);
			people.push({ key, name, person });
			keyOf.set(name, key);
		} else {
			ambiguous.push({ name, candidates: fits.map((f) => ({ key: f.key, name: f.name })) });
		}
	}
	return { keyOf, ambiguous, people };
}
