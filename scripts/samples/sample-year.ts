/**
 * One school year of a kindergarten, as its staff's tools write it, with planted findings
 * (data-samples/README.md lists them). Deterministic: the same seed gives the same bytes.
 */
import { normal, seededRandom } from '../../src/lib/analysis/random';
import { encodeWindows1251 } from './cp1251';
import { AREAS, GROUPS, TEACHERS, childName, fullName, shortName, type Teacher } from './people';

export const COMPETENCIES = {
	play: 'Организация игровой деятельности',
	research: 'Познавательно-исследовательская деятельность',
	speech: 'Развитие речи детей',
	art: 'Художественно-эстетическое воспитание',
	health: 'Здоровьесберегающие технологии',
	ict: 'Применение ИКТ в образовательном процессе',
	family: 'Взаимодействие с семьями воспитанников'
} as const;
export type CompetencyKey = keyof typeof COMPETENCIES;

/** Groups whose two воспитатели both report a speech deficit; their children's speech grows less. */
export const SPEECH_EXPOSED_GROUPS = [1, 3, 4, 6, 8].map((i) => GROUPS[i].name);
export const PERIODS = { start: 'Сентябрь 2025', end: 'Май 2026' } as const;
/** Growth over the year on the 0–3 scale, and how much less speech grows where teachers are in deficit. */
const GROWTH = 0.55;
const PLANTED_SPEECH_GAP = 0.35;
/** Share of staff in deficit for competencies without a planted pattern. */
const BACKGROUND_PREVALENCE: Record<CompetencyKey, number> = {
	play: 0.2,
	research: 0.2,
	speech: 0,
	art: 0.15,
	health: 0.35,
	ict: 0.6,
	family: 0.1
};
export const NON_RESPONDENTS = ['Николаева', 'Андреев'];
const REPEATED_RESPONDENT = 'Морозова';

export interface SampleFile {
	name: string;
	bytes: Uint8Array;
}

const BOM = '\uFEFF';
const decimal = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The sample year. `speechGap` is how much less speech grows in the exposed groups (0: no link at all,
 * for calibrating the linkage test on data where there is nothing to find).
 */
export function generateSampleYear(seed = 2025, options: { speechGap?: number } = {}): SampleFile[] {
	const random = seededRandom(seed);
	const deficits = drawDeficits(random);
	const gap = options.speechGap ?? PLANTED_SPEECH_GAP;
	return [
		{ name: 'monitoring-2025-2026.csv', bytes: encodeWindows1251(outcomesCsv(random, gap)) },
		{
			name: 'survey-deficits-google-forms.csv',
			bytes: new TextEncoder().encode(surveyCsv(random, deficits))
		},
		{ name: 'plan-methodical-work-2025-2026.csv', bytes: new TextEncoder().encode(BOM + planCsv(deficits)) },
		{ name: 'staff-roster.csv', bytes: encodeWindows1251(rosterCsv()) }
	];
}

/** Which teacher is in deficit on which competency: the truth the survey answers are drawn from. */
export function drawDeficits(random: () => number): Map<Teacher, Set<CompetencyKey>> {
	const result = new Map<Teacher, Set<CompetencyKey>>();
	for (const teacher of TEACHERS) {
		const set = new Set<CompetencyKey>();
		for (const key of Object.keys(COMPETENCIES) as CompetencyKey[]) {
			if (random() < BACKGROUND_PREVALENCE[key]) set.add(key);
		}
		const isEducator = teacher.position === 'воспитатель';
		if (isEducator && SPEECH_EXPOSED_GROUPS.includes(teacher.groups[0])) set.add('speech');
		result.set(teacher, set);
	}
	return result;
}

const OUTCOME_HEADER = [
	'№',
	'ФИО ребёнка',
	'Группа',
	'Период',
	...AREAS,
	'Итоговый показатель (среднее значение)'
];

/** A year of outcomes; `year` lets another school year (data-samples/next-year/) shift an area's growth. */
export function outcomesCsv(
	random: () => number,
	plantedGap: number,
	year: { periods: { start: string; end: string }; growth?: Record<string, number> } = { periods: PERIODS }
): string {
	const startRows: string[][] = [];
	const endRows: string[][] = [];
	for (const group of GROUPS) {
		const size = 20 + Math.floor(random() * 5);
		const groupEffect = AREAS.map(() => 0.08 * normal(random));
		const speechGap = SPEECH_EXPOSED_GROUPS.includes(group.name) ? plantedGap : 0;
		const names = new Set<string>();
		while (names.size < size) names.add(childName(random));
		for (const child of names) {
			const ability = 0.35 * normal(random);
			const start = AREAS.map(() => clamp(group.startLevel + ability + 0.25 * normal(random), 0, 3));
			const end = start.map((s, a) => {
				const gap = AREAS[a] === 'Речевое развитие' ? speechGap : 0;
				const shift = year.growth?.[AREAS[a]] ?? 0;
				return clamp(s + GROWTH + shift - gap + groupEffect[a] + 0.2 * normal(random), 0, 3);
			});
			startRows.push(outcomeRow(child, group.name, year.periods.start, start, random));
			// A few children leave during the year and have no May assessment.
			if (random() > 0.015) endRows.push(outcomeRow(child, group.name, year.periods.end, end, random));
		}
	}
	const rows = [...startRows, ...endRows].map((row, i) => [String(i + 1), ...row]);
	const empty = OUTCOME_HEADER.map(() => '');
	const total = ['', 'Итого по ДОУ', '', '', ...AREAS.map(() => ''), decimal(1.9, 2)];
	return [OUTCOME_HEADER, ...rows, empty, total].map((r) => r.join(';')).join('\r\n') + '\r\n';
}

function outcomeRow(child: string, group: string, period: string, scores: number[], random: () => number) {
	const rounded = scores.map((s) => Math.round(s * 10) / 10);
	const cells = rounded.map((s) => (random() < 0.003 ? '' : decimal(s)));
	const mean = rounded.reduce((a, b) => a + b, 0) / rounded.length;
	return [child, group, period, ...cells, decimal(mean, 2)];
}

const LIKERT = ['Не владею', 'Частично владею', 'Владею', 'Владею в совершенстве'];
const GRIDS = ['Оцените свои теоретические знания', 'Оцените свои практические умения'];

/** The survey; `year` gives another year's month and the competencies' names as that year's form words them. */
export function surveyCsv(
	random: () => number,
	deficits: Map<Teacher, Set<CompetencyKey>>,
	year: { date: string; names: Record<CompetencyKey, string> } = { date: '10.2025', names: COMPETENCIES }
): string {
	const keys = Object.keys(COMPETENCIES) as CompetencyKey[];
	const header = [
		'Отметка времени',
		'Адрес электронной почты',
		'Фамилия, имя, отчество',
		'Должность',
		...GRIDS.flatMap((q) => keys.map((k) => `${q} [${year.names[k]}]`))
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
		const submit = (day: number, levels: number[]) => {
			minute += 7 + Math.floor(random() * 50);
			const time = `${String(day).padStart(2, '0')}.${year.date} ${String(9 + (Math.floor(minute / 60) % 9)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
			lines.push([
				time,
				`ds17.pedagog${String(i + 1).padStart(2, '0')}@mail.ru`,
				surveyName(teacher, i),
				teacher.position,
				...levels.map((l) => LIKERT[l])
			]);
		};
		const levels = GRIDS.flatMap(() => keys.map((k) => answer(set.has(k))));
		if (teacher.surname === REPEATED_RESPONDENT) {
			// The first, hasty submission; the later one is the one that counts.
			submit(
				6,
				levels.map(() => 1)
			);
		}
		submit(6 + (i % 8), levels);
	});
	return lines.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** People type their own names as they please: capitals, ё as е, double spaces. */
function surveyName(teacher: Teacher, index: number): string {
	const name = fullName(teacher);
	if (index === 6) return name.toUpperCase();
	if (teacher.surname === 'Семёнова') return name.replaceAll('ё', 'е');
	if (index === 11) return name.replace(' ', '  ');
	return name;
}

function planCsv(deficits: Map<Teacher, Set<CompetencyKey>>): string {
	const speechEducators = TEACHERS.filter(
		(t) => t.position === 'воспитатель' && SPEECH_EXPOSED_GROUPS.includes(t.groups[0])
	);
	// The health workshop reaches three teachers, only one of whom reported the deficit, and comes in June.
	const healthDeficit = TEACHERS.filter((t) => deficits.get(t)!.has('health'));
	const healthOthers = TEACHERS.filter(
		(t) => !deficits.get(t)!.has('health') && t.position === 'воспитатель'
	);
	const healthParticipants = [healthDeficit[0], healthOthers[0], healthOthers[1]].map(shortName);
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
	const c = COMPETENCIES;
	const events: string[][] = [
		[
			'Игра как ведущий вид деятельности дошкольника',
			'семинар-практикум',
			'Октябрь 2025',
			'Старший воспитатель',
			'все',
			c.play,
			'2',
			'выполнено'
		],
		[
			'Речевые игры в режимных моментах',
			'мастер-класс',
			'14.11.2025',
			'Макарова Ж.Л.',
			speechEducators.map(shortName).join(', '),
			c.speech,
			'2',
			'выполнено'
		],
		[
			'Экспериментирование в детском саду',
			'круглый стол',
			'Декабрь 2025',
			'Старший воспитатель',
			'все',
			c.research,
			'1,5',
			'выполнено'
		],
		[
			'Мнемотехника в развитии связной речи',
			'педагогическая мастерская',
			'январь 2026 г.',
			'Макарова Ж.Л.',
			'все',
			c.speech,
			'3',
			'выполнено'
		],
		[
			'Новые формы работы с родителями',
			'коучинг-сессия',
			'Февраль 2026',
			'Захарова П.Е.',
			'все',
			c.family,
			'2',
			'выполнено'
		],
		[
			'Нетрадиционные техники рисования',
			'взаимопосещение',
			'Март 2026',
			'Орлова И.А.',
			'все',
			c.art,
			'2',
			'выполнено'
		],
		[
			'Театрализованные игры с детьми',
			'круглый стол',
			'Апрель 2026',
			'Старший воспитатель',
			'все',
			'игровая деятельность, театрализация',
			'1',
			'выполнено'
		],
		[
			'Педагогическая гостиная «Традиции нашего сада»',
			'круглый стол',
			'Апрель 2026',
			'Заведующий',
			'все',
			'',
			'1',
			'выполнено'
		],
		[
			'Итоги года: анализ мониторинга',
			'педсовет',
			'28.05.2026',
			'Заведующий',
			'все',
			'',
			'2',
			'запланировано'
		],
		[
			'Здоровьесберегающие технологии в режиме дня',
			'мастер-класс',
			'Июнь 2026',
			'Андреев М.О.',
			healthParticipants.join(', '),
			c.health,
			'2',
			'запланировано'
		],
		[
			'Безопасность детей на прогулке',
			'вебинар',
			'Ноябрь 2025',
			'Старший воспитатель',
			'все',
			'Охрана жизни и здоровья детей',
			'1',
			'выполнено'
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

export function rosterCsv(): string {
	const rows = [['ФИО', 'Должность', 'Группа', 'Образовательная область']];
	for (const t of TEACHERS) {
		for (const group of t.groups.length ? t.groups : ['все'])
			rows.push([shortName(t), t.position, group, t.area]);
	}
	return rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
}

/**
 * A large outcomes file in the sample's own format (Windows-1251, `;`, decimal comma) for the bench:
 * `rows` child × period rows, written in chunks so memory stays flat.
 */
export function* largeOutcomesCsv(rows: number, seed = 7): Generator<Uint8Array> {
	const random = seededRandom(seed);
	yield encodeWindows1251(OUTCOME_HEADER.join(';') + '\r\n');
	const chunk: string[] = [];
	for (let i = 0; i < rows; i++) {
		const group = GROUPS[i % GROUPS.length];
		const period = i % 2 === 0 ? PERIODS.start : PERIODS.end;
		const scores = AREAS.map(() => clamp(group.startLevel + (i % 2) * GROWTH + 0.4 * normal(random), 0, 3));
		const name = `${childName(random)} ${Math.floor(i / 2)}`;
		chunk.push([String(i + 1), ...outcomeRow(name, group.name, period, scores, random)].join(';'));
		if (chunk.length === 50_000) yield encodeWindows1251(chunk.splice(0).join('\r\n') + '\r\n');
	}
	if (chunk.length) yield encodeWindows1251(chunk.join('\r\n') + '\r\n');
}

/** The same kind of data in the long shape (child × area × period per row), as e-journals export it. */
export function* largeLongOutcomesCsv(rows: number, seed = 11): Generator<Uint8Array> {
	const random = seededRandom(seed);
	yield encodeWindows1251('ФИО ребёнка;Группа;Период;Образовательная область;Балл\r\n');
	const chunk: string[] = [];
	for (let i = 0; i < rows; i++) {
		const group = GROUPS[Math.floor(i / 10) % GROUPS.length];
		const period = i % 2 === 0 ? PERIODS.start : PERIODS.end;
		const score = clamp(group.startLevel + (i % 2) * GROWTH + 0.4 * normal(random), 0, 3);
		chunk.push(
			`Ребёнок ${Math.floor(i / 10)};${group.name};${period};${AREAS[Math.floor(i / 2) % 5]};${decimal(score)}`
		);
		if (chunk.length === 50_000) yield encodeWindows1251(chunk.splice(0).join('\r\n') + '\r\n');
	}
	if (chunk.length) yield encodeWindows1251(chunk.join('\r\n') + '\r\n');
}
