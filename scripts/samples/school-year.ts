/**
 * One school year of a basic school (5–8 классы), as its staff's tools write it, with planted findings
 * (data-samples/school/README.md lists them). Deterministic: the same seed gives the same bytes.
 */
import { normal, seededRandom } from '../../src/lib/analysis/random';
import { encodeWindows1251 } from './cp1251';
import { childName } from './people';
import type { SampleFile } from './sample-year';

export const PARALLELS = [5, 6, 7, 8];
export const CLASSES = PARALLELS.flatMap((p) => [...'АБВГ'].map((l) => `${p}${l}`));
export const SUBJECTS = [
	'Русский язык',
	'Литература',
	'Математика',
	'Английский язык',
	'История',
	'Биология'
] as const;
type Subject = (typeof SUBJECTS)[number];
export const PERIODS = ['I четверть', 'II четверть', 'III четверть', 'IV четверть', 'Год'] as const;

export const COMPETENCIES = {
	math: 'Функциональная (математическая) грамотность',
	reading: 'Смысловое чтение',
	assessment: 'Формирующее оценивание',
	digital: 'Цифровые образовательные ресурсы',
	special: 'Обучение детей с ОВЗ',
	projects: 'Проектная и исследовательская деятельность',
	fgos: 'Реализация обновлённых ФГОС ООО'
} as const;
type CompetencyKey = keyof typeof COMPETENCIES;

interface Teacher {
	surname: string;
	name: string;
	patronymic: string;
	position: string;
	subjects: Subject[];
	classes: string[];
	homeroom?: string;
	/** Deficits planted by design; the rest are drawn at random. */
	planted?: CompetencyKey[];
}

/**
 * The staff. Each class has one teacher per subject; the classes of the two mathematics teachers in the
 * math-literacy deficit are two of four in every parallel, so the classes can be compared within parallels.
 */
export const TEACHERS: Teacher[] = [
	{
		surname: 'Орлова',
		name: 'Анна',
		patronymic: 'Петровна',
		position: 'учитель математики',
		subjects: ['Математика'],
		classes: ['5А', '6А', '7Б', '8Б'],
		homeroom: '5А',
		planted: ['math']
	},
	{
		surname: 'Белова',
		name: 'Ольга',
		patronymic: 'Ивановна',
		position: 'учитель математики',
		subjects: ['Математика'],
		classes: ['5В', '6Г', '7А', '8В'],
		homeroom: '7А',
		planted: ['math']
	},
	{
		surname: 'Титов',
		name: 'Сергей',
		patronymic: 'Николаевич',
		position: 'учитель математики',
		subjects: ['Математика'],
		classes: ['5Б', '6Б', '7В', '8А'],
		homeroom: '8А'
	},
	{
		surname: 'Зайцева',
		name: 'Мария',
		patronymic: 'Олеговна',
		position: 'учитель математики',
		subjects: ['Математика'],
		classes: ['5Г', '6В', '7Г', '8Г']
	},
	{
		surname: 'Кравцова',
		name: 'Елена',
		patronymic: 'Викторовна',
		position: 'учитель русского языка и литературы',
		subjects: ['Русский язык', 'Литература'],
		classes: ['5А', '5Б', '7А', '7В'],
		homeroom: '5Б',
		planted: ['reading']
	},
	{
		surname: 'Лукина',
		name: 'Татьяна',
		patronymic: 'Сергеевна',
		position: 'учитель русского языка и литературы',
		subjects: ['Русский язык', 'Литература'],
		classes: ['5В', '5Г', '7Б', '7Г'],
		homeroom: '5Г'
	},
	{
		surname: 'Миронова',
		name: 'Ирина',
		patronymic: 'Александровна',
		position: 'учитель русского языка и литературы',
		subjects: ['Русский язык', 'Литература'],
		classes: ['6А', '6В', '8А', '8Г'],
		homeroom: '6В',
		planted: ['reading']
	},
	{
		surname: 'Гаврилова',
		name: 'Наталья',
		patronymic: 'Юрьевна',
		position: 'учитель русского языка и литературы',
		subjects: ['Русский язык', 'Литература'],
		classes: ['6Б', '6Г', '8Б', '8В'],
		homeroom: '8В'
	},
	{
		surname: 'Соболева',
		name: 'Дарья',
		patronymic: 'Игоревна',
		position: 'учитель английского языка',
		subjects: ['Английский язык'],
		classes: ['5А', '5Б', '5В', '5Г', '6А', '6Б'],
		homeroom: '6А'
	},
	{
		surname: 'Исаева',
		name: 'Юлия',
		patronymic: 'Романовна',
		position: 'учитель английского языка',
		subjects: ['Английский язык'],
		classes: ['6В', '6Г', '7А', '7Б', '7В'],
		homeroom: '7Б'
	},
	{
		surname: 'Назаров',
		name: 'Павел',
		patronymic: 'Андреевич',
		position: 'учитель английского языка',
		subjects: ['Английский язык'],
		classes: ['7Г', '8А', '8Б', '8В', '8Г'],
		homeroom: '8Г'
	},
	{
		surname: 'Ковалёв',
		name: 'Игорь',
		patronymic: 'Дмитриевич',
		position: 'учитель истории и обществознания',
		subjects: ['История'],
		classes: ['5А', '5Б', '5В', '5Г', '6А', '6Б', '6В', '6Г'],
		homeroom: '6Б'
	},
	{
		surname: 'Фомина',
		name: 'Вера',
		patronymic: 'Михайловна',
		position: 'учитель истории и обществознания',
		subjects: ['История'],
		classes: ['7А', '7Б', '7В', '7Г', '8А', '8Б', '8В', '8Г'],
		homeroom: '7В'
	},
	{
		surname: 'Громова',
		name: 'Светлана',
		patronymic: 'Анатольевна',
		position: 'учитель биологии',
		subjects: ['Биология'],
		classes: ['5А', '5Б', '5В', '5Г', '6А', '6Б', '6В', '6Г'],
		homeroom: '6Г'
	},
	{
		surname: 'Широкова',
		name: 'Алла',
		patronymic: 'Геннадьевна',
		position: 'учитель биологии и химии',
		subjects: ['Биология'],
		classes: ['7А', '7Б', '7В', '7Г', '8А', '8Б', '8В', '8Г'],
		homeroom: '7Г'
	},
	{
		surname: 'Денисова',
		name: 'Галина',
		patronymic: 'Фёдоровна',
		position: 'учитель технологии',
		subjects: [],
		classes: [],
		homeroom: '5В'
	},
	{
		surname: 'Тимофеева',
		name: 'Оксана',
		patronymic: 'Васильевна',
		position: 'учитель музыки',
		subjects: [],
		classes: [],
		homeroom: '8Б'
	},
	{
		surname: 'Сорокина',
		name: 'Лариса',
		patronymic: 'Борисовна',
		position: 'заместитель директора по УВР',
		subjects: [],
		classes: []
	}
];

/** Classes whose mathematics teacher is in the math-literacy deficit: their mathematics grows less. */
export const MATH_EXPOSED_CLASSES = TEACHERS.filter((t) => t.planted?.includes('math')).flatMap(
	(t) => t.classes
);
/** Mean mark's growth from I четверть to the year, and how much less mathematics grows in exposed classes. */
const GROWTH = 0.3;
const PLANTED_MATH_GAP = 0.5;
/** Share of staff in deficit for competencies without a planted pattern. */
const BACKGROUND_PREVALENCE: Record<CompetencyKey, number> = {
	math: 0,
	reading: 0,
	assessment: 0.3,
	digital: 0.6,
	special: 0.25,
	projects: 0.2,
	fgos: 0.1
};
/** Mean mark by subject at the start of the year. */
const SUBJECT_BASE: Record<Subject, number> = {
	'Русский язык': 3.55,
	Литература: 3.9,
	Математика: 3.6,
	'Английский язык': 3.75,
	История: 3.9,
	Биология: 3.95
};
const NON_RESPONDENTS = ['Тимофеева'];

const BOM = '\uFEFF';
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const fullName = (t: Teacher) => `${t.surname} ${t.name} ${t.patronymic}`;
const shortName = (t: Teacher) => `${t.surname} ${t.name[0]}.${t.patronymic[0]}.`;

/** The school sample year. `mathGap` 0 gives a year with nothing planted, for checking the null. */
export function generateSchoolYear(seed = 2026, options: { mathGap?: number } = {}): SampleFile[] {
	const random = seededRandom(seed);
	const deficits = drawDeficits(random);
	const gap = options.mathGap ?? PLANTED_MATH_GAP;
	return [
		{ name: 'marks-2025-2026.csv', bytes: encodeWindows1251(marksCsv(random, gap)) },
		{
			name: 'survey-deficits-google-forms.csv',
			bytes: new TextEncoder().encode(surveyCsv(random, deficits))
		},
		{ name: 'plan-methodical-work-2025-2026.csv', bytes: new TextEncoder().encode(BOM + planCsv(deficits)) },
		{ name: 'staff-roster.csv', bytes: encodeWindows1251(rosterCsv()) }
	];
}

function drawDeficits(random: () => number): Map<Teacher, Set<CompetencyKey>> {
	const result = new Map<Teacher, Set<CompetencyKey>>();
	for (const teacher of TEACHERS) {
		const set = new Set<CompetencyKey>(teacher.planted ?? []);
		for (const key of Object.keys(COMPETENCIES) as CompetencyKey[])
			if (random() < BACKGROUND_PREVALENCE[key]) set.add(key);
		result.set(teacher, set);
	}
	return result;
}

const clampMark = (x: number) => String(Math.min(5, Math.max(2, Math.round(x))));

/**
 * Marks as an e-journal's «Итоговые отметки» export opened in Excel and saved as CSV: one row per pupil ×
 * period, one column per subject; the year mark is the rounded mean of the four quarters.
 */
function marksCsv(random: () => number, mathGap: number): string {
	const header = ['№', 'ФИО обучающегося', 'Класс', 'Период', ...SUBJECTS];
	const rows: string[][] = [];
	for (const cls of CLASSES) {
		const size = 24 + Math.floor(random() * 5);
		const classEffect = SUBJECTS.map(() => 0.15 * normal(random));
		const classGrowth = SUBJECTS.map(() => 0.08 * normal(random));
		const names = new Set<string>();
		while (names.size < size) names.add(childName(random));
		let pupilIndex = 0;
		for (const pupil of names) {
			const ability = 0.45 * normal(random);
			// The last pupil of 7В left after the first half-year: no III, IV четверть and no year mark.
			const leaves = cls === '7В' && pupilIndex++ === size - 1;
			const quarters = SUBJECTS.map((subject, s) => {
				const own = 0.35 * normal(random);
				const gap = subject === 'Математика' && MATH_EXPOSED_CLASSES.includes(cls) ? mathGap : 0;
				return [0, 1, 2, 3].map((q) => {
					const level =
						SUBJECT_BASE[subject] +
						classEffect[s] +
						ability +
						own +
						(q / 3) * (GROWTH - gap + classGrowth[s]);
					return Number(clampMark(level + 0.4 * normal(random)));
				});
			});
			const periods = leaves ? 2 : 4;
			for (let q = 0; q < periods; q++)
				rows.push([pupil, cls, PERIODS[q], ...quarters.map((marks) => String(marks[q]))]);
			if (!leaves)
				rows.push([
					pupil,
					cls,
					PERIODS[4],
					...quarters.map((marks) => clampMark(marks.reduce((a, b) => a + b, 0) / 4 + 0.01))
				]);
		}
	}
	const numbered = rows.map((row, i) => [String(i + 1), ...row]);
	return [header, ...numbered].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

const LIKERT = ['Не владею', 'Частично владею', 'Владею', 'Владею в совершенстве'];
const GRIDS = ['Оцените свои теоретические знания', 'Оцените свои практические умения'];

function surveyCsv(random: () => number, deficits: Map<Teacher, Set<CompetencyKey>>): string {
	const keys = Object.keys(COMPETENCIES) as CompetencyKey[];
	const header = [
		'Отметка времени',
		'Адрес электронной почты',
		'Фамилия, имя, отчество',
		'Должность',
		...GRIDS.flatMap((q) => keys.map((k) => `${q} [${COMPETENCIES[k]}]`))
	];
	const answer = (inDeficit: boolean) => {
		const r = random();
		if (inDeficit) return r < 0.3 ? 0 : 1;
		return r < 0.6 ? 2 : 3;
	};
	const lines = [header];
	let minute = 0;
	TEACHERS.forEach((teacher, i) => {
		if (NON_RESPONDENTS.includes(teacher.surname)) return;
		const set = deficits.get(teacher)!;
		const levels = GRIDS.flatMap(() => keys.map((k) => answer(set.has(k))));
		minute += 5 + Math.floor(random() * 40);
		const day = String(13 + (i % 5)).padStart(2, '0');
		const time = `${day}.10.2025 ${String(14 + (Math.floor(minute / 60) % 6)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String((i * 11) % 60).padStart(2, '0')}`;
		// One teacher types her name in capitals, one with е for ё.
		const name = i === 3 ? fullName(teacher).toUpperCase() : fullName(teacher).replaceAll('ё', 'е');
		lines.push([
			time,
			`school8.teacher${String(i + 1).padStart(2, '0')}@mail.ru`,
			name,
			teacher.position,
			...levels.map((l) => LIKERT[l])
		]);
	});
	return lines.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function planCsv(deficits: Map<Teacher, Set<CompetencyKey>>): string {
	const c = COMPETENCIES;
	const mathTeachers = TEACHERS.filter((t) => t.subjects.includes('Математика'));
	// Formative assessment: a June workshop, after the year marks, for three teachers of whom one is in deficit.
	const inAssessment = TEACHERS.filter((t) => t.subjects.length && deficits.get(t)!.has('assessment'));
	const notInAssessment = TEACHERS.filter((t) => t.subjects.length && !deficits.get(t)!.has('assessment'));
	const assessmentGroup = [inAssessment[0], notInAssessment[0], notInAssessment[1]].map(shortName);
	const header = [
		'№',
		'Мероприятие',
		'Форма работы',
		'Сроки',
		'Ответственный',
		'Участники',
		'Компетенция (дефицит)',
		'Часы',
		'Отметка о выполнении'
	];
	const events: string[][] = [
		[
			'Обновлённые ФГОС ООО: рабочие программы',
			'семинар',
			'Сентябрь 2025',
			'Сорокина Л.Б.',
			'все',
			c.fgos,
			'2',
			'выполнено'
		],
		[
			'Приёмы смыслового чтения на уроках',
			'семинар-практикум',
			'20.11.2025',
			'Кравцова Е.В.',
			'все',
			c.reading,
			'2',
			'выполнено'
		],
		[
			'Задачи PISA на уроках математики',
			'мастер-класс',
			'Март 2026',
			'Титов С.Н.',
			mathTeachers.map(shortName).join(', '),
			c.math,
			'2',
			'выполнено'
		],
		[
			'Индивидуальный маршрут обучающегося с ОВЗ',
			'вебинар',
			'Декабрь 2025',
			'Сорокина Л.Б.',
			'все',
			c.special,
			'1,5',
			'выполнено'
		],
		[
			'Проекты в 5–8 классах',
			'круглый стол',
			'январь 2026 г.',
			'Громова С.А.',
			'все',
			'проекты, исследования обучающихся',
			'1',
			'выполнено'
		],
		[
			'Взаимопосещение уроков',
			'взаимопосещение',
			'Февраль 2026',
			'Сорокина Л.Б.',
			'все',
			'',
			'4',
			'выполнено'
		],
		[
			'Профилактика буллинга в классе',
			'вебинар',
			'Октябрь 2025',
			'Сорокина Л.Б.',
			'все',
			'Профилактика буллинга',
			'1',
			'выполнено'
		],
		['Итоги учебного года', 'педсовет', '29.05.2026', 'Директор', 'все', '', '2', 'запланировано'],
		[
			'Формирующее оценивание: листы самооценки',
			'мастер-класс',
			'Июнь 2026',
			'Соболева Д.И.',
			assessmentGroup.join(', '),
			c.assessment,
			'2',
			'запланировано'
		]
	];
	const rows = events.map((e, i) => [String(i + 1), ...e]);
	return (
		[header, ...rows]
			.map((r) =>
				r.map((v) => (v.includes(';') || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v)).join(';')
			)
			.join('\r\n') + '\r\n'
	);
}

function rosterCsv(): string {
	const rows = [['ФИО', 'Должность', 'Предметы', 'Классы', 'Классное руководство']];
	for (const t of TEACHERS)
		rows.push([shortName(t), t.position, t.subjects.join(', '), t.classes.join(', '), t.homeroom ?? '']);
	return rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}
