import { fold } from './text';

/** The four inputs of DESIGN.md. */
export type FileKind = 'outcomes' | 'survey' | 'plan' | 'roster';
export const FILE_KINDS: FileKind[] = ['outcomes', 'survey', 'plan', 'roster'];

/** Which header plays which part; a role names one column, `areas` and `items` name several. */
export interface Roles {
	child?: string;
	group?: string;
	period?: string;
	/** Wide outcomes: one column per educational area or subject. */
	areas?: string[];
	teacher?: string;
	position?: string;
	timestamp?: string;
	/** Survey questions, each «Вопрос [Компетенция]» or a bare competency. */
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
}

type SingleRole = Exclude<keyof Roles, 'areas' | 'items'>;

/** Header words for each role, folded (lower case, ё → е); a header matches when it starts with one. */
const ALIASES: Record<SingleRole, string[]> = {
	child: [
		'фио ребенка',
		'ребенок',
		'фи ребенка',
		'воспитанник',
		'обучающийся',
		'ученик',
		'child',
		'pupil',
		'student'
	],
	group: ['группа', 'класс', 'group', 'class'],
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
	score: ['балл', 'оценка', 'уровень', 'результат', 'значение', 'ответ', 'score', 'level', 'value', 'answer'],
	competency: ['компетенция', 'дефицит', 'профессиональная компетенция', 'competency', 'skill']
};

/** Headers that are summaries of other columns, never areas of their own. */
const TOTAL_WORDS = ['итог', 'среднее', 'всего', 'сумма', 'total', 'average', 'mean'];
const AREA_WORDS = [
	'развитие',
	'познавательн',
	'речев',
	'физическ',
	'художествен',
	'социальн',
	'язык',
	'математ',
	'чтение',
	'литератур',
	'окружающий мир',
	'русский'
];

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
		['child', 'area', 'score']
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

function findRole(headers: string[], role: SingleRole, taken: Set<string>): string | undefined {
	for (const alias of ALIASES[role]) {
		const hit = headers.find((h) => !taken.has(h) && fold(h).startsWith(alias));
		if (hit) return hit;
	}
	return undefined;
}

function rolesFor(kind: FileKind, headers: string[]): Roles {
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
		(['child', 'group', 'period'] as const).forEach(claim);
		const areas = headers.filter((h) => {
			const f = fold(h);
			return (
				!taken.has(h) && !TOTAL_WORDS.some((w) => f.startsWith(w)) && AREA_WORDS.some((w) => f.includes(w))
			);
		});
		if (areas.length) roles.areas = areas;
		else (['area', 'score'] as const).forEach(claim);
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

/** Guess a file's kind and its columns' roles from the header row. */
export function detectKind(headers: string[]): Detection {
	let best: Detection = { kind: null, confidence: 0, roles: {} };
	for (const kind of FILE_KINDS) {
		const roles = rolesFor(kind, headers);
		const shape = REQUIRED[kind].find((required) => required.every((r) => roles[r] !== undefined));
		if (!shape) continue;
		const expected = shape.includes('score') ? EXPECTED_LONG[kind]! : EXPECTED[kind];
		const confidence = expected.filter((r) => roles[r] !== undefined).length / expected.length;
		if (confidence > best.confidence) best = { kind, confidence, roles };
	}
	return best;
}

/** The roles a kind takes, in the order the mapping panel shows them; `multi` roles name several columns. */
export const KIND_ROLES: Record<FileKind, { role: keyof Roles; multi?: boolean }[]> = {
	outcomes: [
		{ role: 'child' },
		{ role: 'group' },
		{ role: 'period' },
		{ role: 'areas', multi: true },
		{ role: 'area' },
		{ role: 'score' }
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
