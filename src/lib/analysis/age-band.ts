/**
 * A group's age band from its name, as kindergartens and schools write them: «Младшая «Капелька»»,
 * «2 мл. гр.», «Ясельная», «Группа раннего возраста», «Подготовительная к школе», «Разновозрастная»;
 * a school class «5А», «10-Б» gives its parallel. Null when the name says nothing about age.
 */
export type AgeBand =
	'младшая' | 'средняя' | 'старшая' | 'подготовительная' | 'разновозрастная' | `класс ${number}`;

/** Kindergarten bands in the order children pass them; school parallels sort by their number after these. */
export const BAND_ORDER = ['младшая', 'средняя', 'старшая', 'подготовительная', 'разновозрастная'];

export function ageBand(groupName: string): AgeBand | null {
	const name = groupName.toLowerCase().replaceAll('ё', 'е');
	// Mixed-age first: «разновозрастная (старшая-подготовительная)» is neither of the two.
	if (/разновозраст|смешанн/.test(name)) return 'разновозрастная';
	if (/подгот|подг\./.test(name)) return 'подготовительная';
	if (/старш|ст\.\s*гр/.test(name)) return 'старшая';
	if (/средн|ср\.\s*гр/.test(name)) return 'средняя';
	// «1 мл.», «2 мл. гр.», «вторая младшая», the nursery and early-age groups.
	if (/младш|(^|[\s\d(])мл\.?(\s|$|гр)|ясел|ясл|раннего|ранн(ий|яя)/.test(name)) return 'младшая';
	const school = /^\s*(\d{1,2})\s*[-–]?\s*(«|"|')?\s*[а-яa-z]?(\s|»|"|'|$|\s*класс)/.exec(name);
	if (school) {
		const grade = Number(school[1]);
		if (grade >= 1 && grade <= 11) return `класс ${grade}`;
	}
	return null;
}

/**
 * A group's age band from an outcome file's age column: years («3-4 года», «4–5 лет», «6 лет») by the
 * age the group starts at (under 4 младшая, as the nursery and early-age names read; 4 средняя, 5 старшая,
 * 6 and 7 подготовительная; a span over two years разновозрастная), else the words and parallels the
 * group names use («средняя», «5», «5 класс»). Null when the value says nothing about age.
 */
export function ageBandOfValue(value: string | null | undefined): AgeBand | null {
	if (!value) return null;
	const text = value.toLowerCase().replaceAll('ё', 'е');
	const years =
		/^\D*?(\d{1,2})(?:[,.]5)?\s*(?:[-–—]|до)\s*(\d{1,2})|^\D*?(\d{1,2})\s*(?:год|лет|г\.|года)/.exec(text);
	if (years && !/класс/.test(text)) {
		const from = Number(years[1] ?? years[3]);
		const to = years[2] === undefined ? from + 1 : Number(years[2]);
		if (from >= 1 && from <= 7 && to > from) {
			if (to - from > 2) return 'разновозрастная';
			return from < 4 ? 'младшая' : from === 4 ? 'средняя' : from === 5 ? 'старшая' : 'подготовительная';
		}
	}
	return ageBand(text);
}

/** Sort key for bands: kindergarten bands in age order, then school parallels, unknown last. */
export function bandOrder(band: string | null): number {
	if (band === null) return 1000;
	const k = BAND_ORDER.indexOf(band);
	if (k >= 0) return k;
	const grade = /^класс (\d+)$/.exec(band);
	return grade ? 10 + Number(grade[1]) : 999;
}

/**
 * Group names in the order children pass through them (младшая → средняя → старшая → подготовительная, then
 * school parallels), by the age column where the file has one, else by the name; the name breaks ties.
 */
export function inAgeOrder(names: string[], ages: (string | null)[] = []): string[] {
	const band = new Map(names.map((n, i) => [n, bandOrder(ageBandOfValue(ages[i]) ?? ageBand(n))]));
	return [...names].sort((a, b) => band.get(a)! - band.get(b)! || a.localeCompare(b, 'ru'));
}
