/**
 * Kindergarten years for calibrating the linkage: what the sample year is, with the confounders real
 * kindergartens have switched on one at a time. Outcomes, survey and roster as CSV for the real pipeline.
 */
import { normal, seededRandom } from '../../src/lib/analysis/random';
import { childName } from '../samples/people';

export const SPEECH = 'Развитие речи детей';
export const HEALTH = 'Здоровьесберегающие технологии';
const AREAS = ['Речевое развитие', 'Физическое развитие'] as const;
const BANDS = ['Младшая', 'Средняя', 'Старшая', 'Подготовительная'] as const;
/** Mean start level of each band on the 0–3 scale, as in the sample year. */
const BAND_START = [1.22, 1.42, 1.6, 1.8];
/** The ceiling scenario's: a kindergarten that rates its older children near the top from September. */
const CEILING_START = [1.9, 2.2, 2.45, 2.7];
const GROWTH = 0.55;
const NAMES = ['Капелька', 'Ягодка', 'Пчёлки', 'Гномики', 'Звёздочки', 'Радуга', 'Теремок', 'Непоседы'];
const SURNAMES = [
	'Иванова',
	'Смирнова',
	'Кузнецова',
	'Попова',
	'Васильева',
	'Петрова',
	'Соколова',
	'Михайлова'
];
const FIRST = ['Анна', 'Ольга', 'Елена', 'Марина', 'Татьяна'];
const PATRONYMIC = ['Андреевна', 'Викторовна', 'Петровна', 'Сергеевна', 'Николаевна'];

/** Groups per band (младшая, средняя, старшая, подготовительная) for each kindergarten size. */
export const LAYOUTS: Record<number, number[]> = {
	4: [1, 1, 1, 1],
	6: [2, 1, 2, 1],
	8: [2, 2, 2, 2],
	10: [2, 2, 3, 3],
	16: [4, 4, 4, 4]
};

export interface YearOptions {
	groups?: keyof typeof LAYOUTS;
	/** How much less (negative: more) младшие and средние groups grow over the year, 0–3 scale. */
	ageGap?: number;
	/** How much less speech grows in groups whose educators are in the speech deficit, 0–3 scale. */
	effect?: number;
	/**
	 * Who is in the speech deficit: both educators of most younger groups ('age'), of half the groups in
	 * each band ('balanced'), each educator on their own at 40 % ('chance'), or of the groups that started
	 * lowest in their band ('lowStart': regression to the mean; only with no effect), or of the older and
	 * higher-starting groups ('highStart': all but the lowest-starting group of an older band, only the
	 * highest-starting one of a younger band; only with no effect).
	 */
	deficits?: 'age' | 'balanced' | 'chance' | 'lowStart' | 'highStart';
	/** One assessment period (levels only) instead of September and May. */
	onePeriod?: boolean;
	/** Two extra groups of 3 children, one in deficit, with extreme outcomes. */
	tiny?: boolean;
	/**
	 * A child's true level measured twice, each time with its own error, so low September scores are partly
	 * bad luck and grow back in May: regression to the mean, as every real diagnostic has. Without it May is
	 * built from September's observed score.
	 */
	measurementError?: boolean;
	/**
	 * Starts near the top of the 0–3 scale (older bands 2.4–2.7) and groups whose intake differs, so many
	 * children start at 3 and high-starting groups cannot grow: growth falls with the start level.
	 */
	ceiling?: boolean;
}

interface Group {
	name: string;
	band: number;
	size: number;
	educators: string[];
	speech: boolean[];
}

const decimal = (x: number) => x.toFixed(1).replace('.', ',');
const clamp = (x: number) => Math.min(3, Math.max(0, x));

function educatorName(k: number): string {
	return `${SURNAMES[k % 8]}${k >= 8 ? `-${['Белова', 'Орлова', 'Зайцева', 'Титова'][Math.floor(k / 8) - 1]}` : ''} ${FIRST[k % 5]} ${PATRONYMIC[Math.floor(k / 5) % 5]}`;
}

function drawGroups(random: () => number, o: Required<YearOptions>): Group[] {
	const groups: Group[] = [];
	let k = 0;
	LAYOUTS[o.groups].forEach((count, band) => {
		const order = Array.from({ length: count }, (_, i) => i).sort(() => random() - 0.5);
		for (let i = 0; i < count; i++) {
			let exposed: boolean;
			if (o.deficits === 'age') exposed = random() < (band < 2 ? 0.8 : 0.2);
			else {
				// Half the band; an odd band's middle group goes either way.
				const rank = order.indexOf(i);
				const half = Math.floor(count / 2);
				exposed = rank < half || (rank === half && count % 2 === 1 && random() < 0.5);
			}
			const speech = o.deficits === 'chance' ? [random() < 0.4, random() < 0.4] : [exposed, exposed];
			groups.push({
				name: `${BANDS[band]} «${NAMES[i]}»`,
				band,
				size: 20 + Math.floor(random() * 5),
				educators: [educatorName(k++), educatorName(k++)],
				speech
			});
		}
	});
	if (o.tiny) {
		for (const [i, inDeficit] of [true, false].entries()) {
			groups.push({
				name: `Старшая «Малыши ${i + 1}»`,
				band: 2,
				size: 3,
				educators: [educatorName(k++), educatorName(k++)],
				speech: [inDeficit, inDeficit]
			});
		}
	}
	return groups;
}

/** One year's files; the truth is in the options, the noise in the seed. */
export function calibrationYear(seed: number, options: YearOptions = {}) {
	const o: Required<YearOptions> = {
		groups: 10,
		ageGap: 0,
		effect: 0,
		deficits: 'age',
		onePeriod: false,
		tiny: false,
		ceiling: false,
		measurementError: false,
		...options
	};
	const random = seededRandom(seed);
	const groups = drawGroups(random, o);
	const rows: string[] = [];
	const starts = new Map<Group, number>();
	for (const g of groups) {
		const groupEffect = AREAS.map(() => 0.08 * normal(random));
		const intake = o.ceiling ? 0.2 * normal(random) : 0;
		const bandStart = (o.ceiling ? CEILING_START : BAND_START)[g.band] + intake;
		const exposed = g.speech.every(Boolean);
		const names = new Set<string>();
		while (names.size < g.size) names.add(childName(random));
		const tinyShift = g.size < 5 ? (exposed ? -1 : 1) : 0;
		for (const child of names) {
			const ability = 0.35 * normal(random);
			// The same draws in both models, so a scenario differs from its twin by the model only.
			const truth = AREAS.map(() => bandStart + ability + (o.measurementError ? 0 : 0.25 * normal(random)));
			const start = o.measurementError
				? truth.map((t) => clamp(t + 0.25 * normal(random)))
				: truth.map(clamp);
			const end = start.map((s, a) => {
				const younger = g.band < 2 ? o.ageGap : 0;
				const planted = a === 0 && exposed ? o.effect : 0;
				const from = o.measurementError ? truth[a] : s;
				return clamp(from + GROWTH - younger - planted + tinyShift + groupEffect[a] + 0.2 * normal(random));
			});
			starts.set(g, (starts.get(g) ?? 0) + start[0] / g.size);
			if (!o.onePeriod) rows.push([child, g.name, 'Сентябрь 2025', ...start.map(decimal)].join(';'));
			// With one period the levels are May's: the age and intake show, no growth does.
			rows.push([child, g.name, 'Май 2026', ...end.map(decimal)].join(';'));
		}
	}
	if (o.deficits === 'lowStart' || o.deficits === 'highStart') {
		// Deficits chosen by where speech started in the band: no effect, but growth depends on the start.
		for (const g of groups) {
			const band = groups.filter((h) => h.band === g.band).sort((a, b) => starts.get(a)! - starts.get(b)!);
			const rank = band.indexOf(g);
			const inDeficit =
				o.deficits === 'lowStart'
					? rank < Math.floor(band.length / 2)
					: g.band >= 2
						? rank > 0
						: rank === band.length - 1;
			g.speech = [inDeficit, inDeficit];
		}
	}
	const outcomes = ['ФИО ребёнка;Группа;Период;' + AREAS.join(';'), ...rows].join('\r\n') + '\r\n';
	const survey = [`Отметка времени,ФИО,Должность,Умею [${SPEECH}],Умею [${HEALTH}]`];
	const roster = ['ФИО;Должность;Группа;Образовательная область'];
	let minute = 0;
	for (const g of groups) {
		g.educators.forEach((name, i) => {
			minute++;
			const time = `01.10.2025 ${String(9 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
			const health = random() < 0.35;
			survey.push(
				`${time},${name},воспитатель,${g.speech[i] ? 'Не владею' : 'Владею'},${health ? 'Частично владею' : 'Владею'}`
			);
			roster.push(`${name};воспитатель;${g.name};все`);
		});
	}
	// A логопед for the older groups, in the speech deficit: she must not make them «exposed».
	roster.push(
		...groups
			.filter((g) => g.band >= 2)
			.map((g) => `Логопедова Жанна Львовна;учитель-логопед;${g.name};Речевое развитие`)
	);
	survey.push(`01.10.2025 18:00:00,Логопедова Жанна Львовна,учитель-логопед,Не владею,Владею`);
	const bytes = (text: string) => new TextEncoder().encode(text);
	return [
		{ name: 'monitoring.csv', bytes: bytes(outcomes) },
		{ name: 'survey.csv', bytes: bytes(survey.join('\r\n') + '\r\n') },
		{ name: 'roster.csv', bytes: bytes(roster.join('\r\n') + '\r\n') }
	];
}
