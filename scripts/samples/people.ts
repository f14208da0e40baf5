/** The kindergarten of the sample year: its groups, its staff and what each of them teaches. */

export const AREAS = [
	'Социально-коммуникативное развитие',
	'Познавательное развитие',
	'Речевое развитие',
	'Художественно-эстетическое развитие',
	'Физическое развитие'
] as const;
export type Area = (typeof AREAS)[number];

export interface Group {
	name: string;
	age: 'младшая' | 'средняя' | 'старшая' | 'подготовительная';
	/** Mean score at the start of the year on the 0–3 scale: older children start higher. */
	startLevel: number;
}

export const GROUPS: Group[] = [
	{ name: 'Младшая «Капелька»', age: 'младшая', startLevel: 1.2 },
	{ name: 'Младшая «Ягодка»', age: 'младшая', startLevel: 1.25 },
	{ name: 'Средняя «Пчёлки»', age: 'средняя', startLevel: 1.45 },
	{ name: 'Средняя «Гномики»', age: 'средняя', startLevel: 1.4 },
	{ name: 'Старшая «Звёздочки»', age: 'старшая', startLevel: 1.6 },
	{ name: 'Старшая «Радуга»', age: 'старшая', startLevel: 1.65 },
	{ name: 'Старшая «Теремок»', age: 'старшая', startLevel: 1.55 },
	{ name: 'Подготовительная «Непоседы»', age: 'подготовительная', startLevel: 1.8 },
	{ name: 'Подготовительная «Почемучки»', age: 'подготовительная', startLevel: 1.85 },
	{ name: 'Подготовительная «Светлячки»', age: 'подготовительная', startLevel: 1.75 }
];

export interface Teacher {
	surname: string;
	name: string;
	patronymic: string;
	position: string;
	/** Group names the teacher works in; empty means all groups. */
	groups: string[];
	/** The area taught, or 'все' for a group's воспитатель who teaches every area. */
	area: Area | 'все';
}

const EDUCATORS: [string, string, string][] = [
	['Иванова', 'Анна', 'Андреевна'],
	['Смирнова', 'Ольга', 'Викторовна'],
	['Кузнецова', 'Елена', 'Петровна'],
	['Попова', 'Марина', 'Сергеевна'],
	['Васильева', 'Татьяна', 'Николаевна'],
	['Петрова', 'Наталья', 'Александровна'],
	['Соколова', 'Ирина', 'Владимировна'],
	['Михайлова', 'Светлана', 'Юрьевна'],
	['Новикова', 'Юлия', 'Игоревна'],
	['Фёдорова', 'Екатерина', 'Олеговна'],
	['Морозова', 'Людмила', 'Ивановна'],
	['Волкова', 'Галина', 'Степановна'],
	['Алексеева', 'Дарья', 'Дмитриевна'],
	['Лебедева', 'Оксана', 'Васильевна'],
	['Семёнова', 'Валентина', 'Фёдоровна'],
	['Егорова', 'Вера', 'Михайловна'],
	['Павлова', 'Надежда', 'Анатольевна'],
	['Козлова', 'Ксения', 'Романовна'],
	['Степанова', 'Алла', 'Геннадьевна'],
	['Николаева', 'Лариса', 'Борисовна']
];

const SENIOR_GROUPS = GROUPS.filter((g) => g.age === 'старшая' || g.age === 'подготовительная').map(
	(g) => g.name
);

export const TEACHERS: Teacher[] = [
	...EDUCATORS.map(([surname, name, patronymic], i) => ({
		surname,
		name,
		patronymic,
		position: 'воспитатель',
		groups: [GROUPS[Math.floor(i / 2)].name],
		area: 'все' as const
	})),
	{
		surname: 'Орлова',
		name: 'Инна',
		patronymic: 'Аркадьевна',
		position: 'музыкальный руководитель',
		groups: [],
		area: 'Художественно-эстетическое развитие'
	},
	{
		surname: 'Андреев',
		name: 'Максим',
		patronymic: 'Олегович',
		position: 'инструктор по физической культуре',
		groups: [],
		area: 'Физическое развитие'
	},
	{
		surname: 'Макарова',
		name: 'Жанна',
		patronymic: 'Львовна',
		position: 'учитель-логопед',
		groups: SENIOR_GROUPS,
		area: 'Речевое развитие'
	},
	{
		surname: 'Захарова',
		name: 'Полина',
		patronymic: 'Евгеньевна',
		position: 'педагог-психолог',
		groups: [],
		area: 'Социально-коммуникативное развитие'
	}
];

export const fullName = (t: Teacher) => `${t.surname} ${t.name} ${t.patronymic}`;
export const shortName = (t: Teacher) => `${t.surname} ${t.name[0]}.${t.patronymic[0]}.`;

const BOYS = [
	'Артём',
	'Максим',
	'Иван',
	'Михаил',
	'Тимофей',
	'Матвей',
	'Лев',
	'Марк',
	'Егор',
	'Даниил',
	'Кирилл',
	'Фёдор',
	'Роман',
	'Савелий'
];
const GIRLS = [
	'София',
	'Анна',
	'Алиса',
	'Мария',
	'Ева',
	'Виктория',
	'Полина',
	'Варвара',
	'Василиса',
	'Вероника',
	'Милана',
	'Ульяна',
	'Арина',
	'Дарья'
];
const SURNAMES = [
	'Белов',
	'Комаров',
	'Орехов',
	'Гусев',
	'Титов',
	'Киселёв',
	'Медведев',
	'Зайцев',
	'Соловьёв',
	'Борисов',
	'Яковлев',
	'Григорьев',
	'Романов',
	'Воробьёв',
	'Сергеев',
	'Фролов',
	'Калинин',
	'Жуков',
	'Тихонов',
	'Крылов',
	'Ершов',
	'Лукин',
	'Карпов',
	'Абрамов'
];
const FATHERS = [
	'Александров',
	'Сергеев',
	'Дмитриев',
	'Андреев',
	'Алексеев',
	'Павлов',
	'Николаев',
	'Михайлов',
	'Олегов',
	'Игорев'
];

/** A child's name «Фамилия Имя Отчество», feminine forms for girls. */
export function childName(random: () => number): string {
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
	const girl = random() < 0.5;
	const surname = pick(SURNAMES) + (girl ? 'а' : '');
	const father = pick(FATHERS);
	return `${surname} ${pick(girl ? GIRLS : BOYS)} ${father}${girl ? 'на' : 'ич'}`;
}
