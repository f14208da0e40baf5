import { columnClass, type ColumnClass } from './columns';
import { splitSub } from './layout';
import { fold } from './text';

/** The four inputs of DESIGN.md. */
export type FileKind = 'outcomes' | 'survey' | 'plan' | 'roster';
export const FILE_KINDS: FileKind[] = ['outcomes', 'survey', 'plan', 'roster'];

/** Which header plays which part; a role names one column, `areas` and `items` name several. */
export interface Roles {
	child?: string;
	/** Outcomes: a number or code of the child («№», «Код»), which tells namesakes apart. */
	childId?: string;
	group?: string;
	/** Outcomes: the group's age («младшая», «4–5 лет») or a school's parallel, when a column gives it. */
	age?: string;
	period?: string;
	/** Wide outcomes: one column per educational area or subject (a second header row may add the period). */
	areas?: string[];
	/** Outcomes: a ВПР mark «по журналу» or the previous term's mark, kept beside the area's score. */
	journal?: string;
	teacher?: string;
	position?: string;
	timestamp?: string;
	/**
	 * Survey questions, each «Вопрос [Компетенция]» or a bare competency; for outcomes, the tasks («1 (2б)»)
	 * or indicators of the one area the file is about, kept each with its score.
	 */
	items?: string[];
	event?: string;
	form?: string;
	date?: string;
	responsible?: string;
	participants?: string;
	target?: string;
	hours?: string;
	status?: string;
	area?: string;
	/** Long shapes: the score column (outcomes, survey) and the competency column (survey). */
	score?: string;
	competency?: string;
}

export interface Detection {
	kind: FileKind | null;
	/** 0..1: the share of the kind's expected roles that were found. */
	confidence: number;
	roles: Roles;
	/** Columns the kind uses for nothing, each with why (a total, a number of the row, no header…). */
	unused?: { column: string; reason: ColumnClass | 'unmatched' }[];
}

type SingleRole = Exclude<keyof Roles, 'areas' | 'items' | 'childId'>;

/** «№», «№ п/п», «Код ребёнка», «ID»: a child's number in the list or code (folded headers). */
const CHILD_ID =
	/^(|n|no|п п|номер|номер п п|порядковый номер|код|код ребенка|код воспитанника|код обучающегося|id|идентификатор|личный номер)$/;

/** Header words for each role, folded (lower case, ё → е); a header matches when it starts with one. */
const ALIASES: Record<SingleRole, string[]> = {
	child: [
		'фио ребенка',
		'ребенок',
		'фи ребенка',
		'ф и ребенка',
		'ф и о ребенка',
		'фамилия имя ребенка',
		'фамилия и имя ребенка',
		'имя ребенка',
		'фио воспитанника',
		'фи воспитанника',
		'фио обучающегося',
		'фи обучающегося',
		'фио ученика',
		'фи ученика',
		'воспитанник',
		'обучающийся',
		'ученик',
		'код участника',
		'child',
		'pupil',
		'student'
	],
	group: ['класс параллель', 'группа', 'класс', 'порядковый номер класса', 'group', 'class'],
	age: ['возрастная группа', 'возраст группы', 'возраст', 'параллель', 'age group', 'age'],
	period: [
		'период',
		'этап',
		'срез',
		'дата диагностики',
		'дата мониторинга',
		'дата',
		'period',
		'term',
		'wave',
		'date'
	],
	teacher: [
		'фио педагога',
		'педагог',
		'фамилия имя отчество',
		'фио',
		'фамилия',
		'teacher',
		'full name',
		'name'
	],
	position: ['должность', 'position', 'role'],
	timestamp: ['отметка времени', 'дата заполнения', 'дата', 'timestamp', 'date'],
	event: ['мероприятие', 'название мероприятия', 'тема', 'event', 'title'],
	form: ['форма', 'format', 'form'],
	date: ['сроки', 'срок', 'дата', 'месяц', 'date', 'month', 'when'],
	responsible: ['ответственный', 'ответственные', 'исполнитель', 'исполнители', 'responsible'],
	participants: ['участники', 'participants'],
	target: ['компетенция', 'дефицит', 'направление', 'target', 'competency'],
	hours: ['часы', 'кол во часов', 'количество часов', 'hours'],
	status: ['отметка о выполнении', 'статус', 'выполнение', 'status'],
	area: ['образовательная область', 'область', 'предмет', 'area', 'subject'],
	journal: ['отметка по журналу', 'отметка за предыдущ', 'отметка за четверть', 'отметка за триместр'],
	score: ['балл', 'оценка', 'уровень', 'результат', 'значение', 'ответ', 'score', 'level', 'value', 'answer'],
	competency: ['компетенция', 'дефицит', 'профессиональная компетенция', 'competency', 'skill']
};

const EXPECTED: Record<FileKind, (keyof Roles)[]> = {
	outcomes: ['child', 'group', 'period', 'areas'],
	survey: ['teacher', 'timestamp', 'position', 'items'],
	plan: ['event', 'form', 'date', 'responsible', 'participants', 'target'],
	roster: ['teacher', 'position', 'group', 'area']
};
/** Without these a file cannot be of that kind, whatever else matches. */
const REQUIRED: Record<FileKind, (keyof Roles)[][]> = {
	outcomes: [
		['child', 'areas'],
		['child', 'area', 'score'],
		['child', 'area', 'items']
	],
	survey: [
		['teacher', 'items'],
		['teacher', 'competency', 'score']
	],
	plan: [['event']],
	roster: [['teacher', 'group']]
};
/** Long shapes name their expected roles differently from wide ones. */
const EXPECTED_LONG: Partial<Record<FileKind, (keyof Roles)[]>> = {
	outcomes: ['child', 'group', 'period', 'area', 'score'],
	survey: ['teacher', 'competency', 'score']
};

/** Headers about children are never a teacher's name («Фамилия, имя ребенка» is not staff). */
const ABOUT_CHILD = /ребен|воспитанник|учени|обучающ|участник/;

function findRole(headers: string[], role: SingleRole, taken: Set<string>): string | undefined {
	for (const alias of ALIASES[role]) {
		const hit = headers.find(
			(h) => !taken.has(h) && fold(h).startsWith(alias) && !(role === 'teacher' && ABOUT_CHILD.test(fold(h)))
		);
		if (hit) return hit;
	}
	return undefined;
}

/** Outcome columns: named after an area or subject, or holding scores whatever their name. */
function outcomeRoles(headers: string[], samples: string[][], roles: Roles, taken: Set<string>): void {
	const classes = headers.map((h, i) =>
		taken.has(h)
			? 'taken'
			: columnClass(
					h,
					samples.map((r) => r[i] ?? '')
				)
	);
	const pick = (c: string) => headers.filter((_, i) => classes[i] === c);
	const named = pick('area');
	const scores = pick('score');
	// An area column (long files) or one made from a title row or a name (the file is about one area).
	const contextual = findRole(headers, 'area', taken);
	const journal = findRole(headers, 'journal', taken);
	if (journal) {
		roles.journal = journal;
		taken.add(journal);
	}
	const tasks = pick('task');
	if (named.length || (scores.length && !contextual)) {
		// A wide file: every area-named or score-holding column is an area (or a subject).
		roles.areas = [...named, ...scores].sort((a, b) => headers.indexOf(a) - headers.indexOf(b));
		if (tasks.length) roles.items = tasks;
		return;
	}
	if (contextual) {
		// One area or subject for the whole file (a title row, a sheet's name): a mark column is its score,
		// and tasks or indicators are kept each with its own score.
		roles.area = contextual;
		taken.add(contextual);
		// A ВПР collection form has no mark, only the total of its tasks; indicators' «Средний итог» is theirs.
		const total = pick('total').find((t) => !splitSub(t).sub);
		const mark = pick('mark')[0] ?? findRole(headers, 'score', taken) ?? (tasks.length ? total : undefined);
		if (mark) roles.score = mark;
		const items = [...tasks, ...scores.filter((c) => c !== mark)];
		if (items.length) roles.items = items.sort((a, b) => headers.indexOf(a) - headers.indexOf(b));
	}
}

function rolesFor(kind: FileKind, headers: string[], samples: string[][]): Roles {
	const taken = new Set<string>();
	const roles: Roles = {};
	const claim = (role: SingleRole) => {
		const hit = findRole(headers, role, taken);
		if (hit) {
			taken.add(hit);
			roles[role] = hit;
		}
	};
	if (kind === 'outcomes') {
		// The age column is claimed before outcome columns: a «Параллель» of numbers is no score.
		(['child', 'group', 'period', 'age'] as const).forEach(claim);
		const id = headers.find((h) => !taken.has(h) && h.trim() !== '' && CHILD_ID.test(fold(h)));
		if (id) {
			roles.childId = id;
			taken.add(id);
		}
		outcomeRoles(headers, samples, roles, taken);
		// A journal's «ФИО» over columns of marks is the pupil's name: a staff table has positions instead.
		const staff = headers.some((h) => fold(h).startsWith('должность'));
		if (!roles.child && roles.areas?.length && !staff) {
			const name = headers.find((h) => !taken.has(h) && /^(фио|ф и о|фамилия|имя)( |$)/.test(fold(h)));
			if (name) roles.child = name;
		}
	} else if (kind === 'survey') {
		(['timestamp', 'teacher', 'position'] as const).forEach(claim);
		const items = headers.filter((h) => /\[[^\]]+\]\s*$/.test(h));
		if (items.length) roles.items = items;
		else (['competency', 'score'] as const).forEach(claim);
	} else if (kind === 'plan') {
		(['event', 'form', 'date', 'responsible', 'participants', 'target', 'hours', 'status'] as const).forEach(
			claim
		);
	} else {
		(['teacher', 'position', 'group', 'area'] as const).forEach(claim);
	}
	return roles;
}

/**
 * Guess a file's kind and its columns' roles from the header row and, where given, the first data
 * rows (`samples[r][c]` under `headers[c]`): a column of scores is an outcome column whatever its name.
 */
export function detectKind(headers: string[], samples: string[][] = []): Detection {
	let best: Detection = { kind: null, confidence: 0, roles: {} };
	for (const kind of FILE_KINDS) {
		const roles = rolesFor(kind, headers, samples);
		const shape = REQUIRED[kind].find((required) => required.every((r) => roles[r] !== undefined));
		if (!shape) continue;
		const expected = shape.includes('areas') || !EXPECTED_LONG[kind] ? EXPECTED[kind] : EXPECTED_LONG[kind]!;
		const found = (r: keyof Roles) => roles[r] !== undefined || (r === 'score' && roles.items !== undefined);
		const confidence = expected.filter(found).length / expected.length;
		if (confidence > best.confidence) best = { kind, confidence, roles };
	}
	if (best.kind) best.unused = unusedColumns(headers, samples, best.roles);
	return best;
}

/** Every column no role took, with what it looked like: said on the file's card, never dropped silently. */
export function unusedColumns(
	headers: string[],
	samples: string[][],
	roles: Roles
): { column: string; reason: ColumnClass | 'unmatched' }[] {
	const used = new Set(Object.values(roles).flat());
	return headers.flatMap((h, i) => {
		if (used.has(h)) return [];
		const cls = columnClass(
			h,
			samples.map((r) => r[i] ?? '')
		);
		return [{ column: h, reason: cls === 'score' || cls === 'area' || cls === 'text' ? 'unmatched' : cls }];
	});
}

/** The area or subject a wide outcome column names: its header without the period of a second header row. */
export const areaOfColumn = (column: string) => splitSub(column).base;

/** The roles a kind takes, in the order the mapping panel shows them; `multi` roles name several columns. */
export const KIND_ROLES: Record<FileKind, { role: keyof Roles; multi?: boolean }[]> = {
	outcomes: [
		{ role: 'child' },
		{ role: 'group' },
		{ role: 'age' },
		{ role: 'period' },
		{ role: 'areas', multi: true },
		{ role: 'area' },
		{ role: 'score' },
		{ role: 'items', multi: true },
		{ role: 'journal' }
	],
	survey: [
		{ role: 'teacher' },
		{ role: 'timestamp' },
		{ role: 'position' },
		{ role: 'items', multi: true },
		{ role: 'competency' },
		{ role: 'score' }
	],
	plan: [
		{ role: 'event' },
		{ role: 'form' },
		{ role: 'date' },
		{ role: 'responsible' },
		{ role: 'participants' },
		{ role: 'target' },
		{ role: 'hours' },
		{ role: 'status' }
	],
	roster: [{ role: 'teacher' }, { role: 'position' }, { role: 'group' }, { role: 'area' }]
};
