/**
 * School classes as schools write them: «5А», «5 А», «5-а», «5 "А"», «5 «А»», «5а класс», «5A» (a Latin
 * look-alike) are one class; its parallel is the number. Pure, so SQL, the page and the CLI agree.
 */
export interface SchoolClass {
	/** «5А»: number and capital Cyrillic letter, no space; «4 №1» for ФИС ОКО's ordinal classes */
	name: string;
	/** 1–11 */
	parallel: number;
	/** «А», or '' when the class has no letter («5 класс») */
	letter: string;
}

// Latin letters that look Cyrillic on a keyboard switched the wrong way.
const LOOKALIKE: Record<string, string> = {
	A: 'А',
	B: 'В',
	C: 'С',
	E: 'Е',
	K: 'К',
	M: 'М',
	H: 'Н',
	O: 'О',
	P: 'Р',
	T: 'Т',
	X: 'Х'
};

/** The class a name means, or null when it names no school class («Ромашка», «старшая группа»). */
export function parseClass(raw: string): SchoolClass | null {
	const text = raw
		.trim()
		.toUpperCase()
		.replace(/Ё/g, 'Е')
		.replace(/[«»"'“”„`]/g, ' ')
		.replace(/КЛАСС[А-Я]*|КЛ\.?(?=\s|$)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// «4 №1»: the ordinal class of a ФИС ОКО form, kept as it is numbered.
	const ordinal = text.match(/^(\d{1,2})\s*№\s*(\d+)$/);
	if (ordinal) return make(Number(ordinal[1]), '', `${Number(ordinal[1])} №${ordinal[2]}`);
	const m = text.match(/^(\d{1,2})\s*[-–—.]?\s*([A-ZА-Я])?$/u);
	if (!m) return null;
	const letter = m[2] ? (LOOKALIKE[m[2]] ?? m[2]) : '';
	if (/[A-Z]/.test(letter)) return null;
	return make(Number(m[1]), letter, `${Number(m[1])}${letter}`);
}

function make(parallel: number, letter: string, name: string): SchoolClass | null {
	return parallel >= 1 && parallel <= 11 ? { name, parallel, letter } : null;
}

/**
 * The canonical name of a class, or the name as written when it is not a school class; ФИС ОКО's ordinal
 * classes («4 класс №1») keep the form's wording, which the file card lets the user rename.
 */
export function className(raw: string): string {
	const c = parseClass(raw);
	return c && !c.name.includes('№') ? c.name : raw.trim();
}

/** «5А, 6Б, 7 В» in a roster cell: each class once, in the order written. */
export function classList(cell: string): SchoolClass[] {
	const seen = new Set<string>();
	return cell
		.split(/[,;\n]+/)
		.map(parseClass)
		.filter((c): c is SchoolClass => c !== null && !seen.has(c.name) && !!seen.add(c.name));
}

/** A group name that can only be a school class: a letter («5А») or the word «класс», not a bare «1». */
export function looksLikeClass(raw: string): boolean {
	const c = parseClass(raw);
	return !!c && (c.letter !== '' || /класс|кл\.|№/i.test(raw));
}
