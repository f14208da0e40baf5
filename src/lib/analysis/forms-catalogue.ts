/**
 * The forms of methodical work the draft plan proposes, in the methodist's own words (seeds 000–004), each
 * with what it is for. The one place the catalogue lives: the draft, its table and its export read it here.
 *
 * `reach` says whom a form suits: `collective` — many teachers share the deficit (interactive forms where
 * everyone works, not a report read aloud); `group` — a few (a ПОС or творческая группа that plans an
 * activity together and visits each other); `individual` — one or two (a mentor, a colleague's open
 * activities); `course` — an outside course for one, who then teaches the rest. `hours` is a default to edit.
 * `{competency}` in a topic is the deficit's competency. `report` is how a participant shows the result in
 * their ИППР by default: an open activity, a talk at the педсовет, or a methodical piece of work.
 */
export type ReportForm = 'open-lesson' | 'council-talk' | 'methodical-work';
export const REPORT_FORMS: ReportForm[] = ['open-lesson', 'council-talk', 'methodical-work'];

export interface FormOfWork {
	id: string;
	reach: 'collective' | 'group' | 'individual' | 'course';
	hours: number;
	report: ReportForm;
	ru: { name: string; purpose: string; topic: string };
	en: { name: string; purpose: string; topic: string };
}

export const FORMS = [
	{
		id: 'seminar-practicum',
		reach: 'collective',
		hours: 2,
		report: 'methodical-work',
		ru: {
			name: 'семинар-практикум',
			purpose:
				'короткая теория и сразу практика: педагоги пробуют приёмы друг на друге и на своих материалах',
			topic: '{competency}: приёмы для ежедневной практики'
		},
		en: {
			name: 'seminar-practicum (семинар-практикум)',
			purpose:
				'a little theory, then practice: teachers try the techniques on each other and on their own material',
			topic: '{competency}: techniques for every day'
		}
	},
	{
		id: 'workshop',
		reach: 'collective',
		hours: 3,
		report: 'methodical-work',
		ru: {
			name: 'педагогическая мастерская',
			purpose: 'опытный коллега передаёт свой способ работы, участники создают по нему собственный продукт',
			topic: 'Мастерская «{competency}»'
		},
		en: {
			name: 'teaching workshop (педагогическая мастерская)',
			purpose:
				'an experienced colleague passes on a way of working; each participant makes something of their own with it',
			topic: 'Workshop «{competency}»'
		}
	},
	{
		id: 'coaching',
		reach: 'collective',
		hours: 2,
		report: 'open-lesson',
		ru: {
			name: 'коучинг-сессия',
			purpose:
				'педагоги сами формулируют затруднение и находят шаги к решению; ведущий задаёт вопросы, а не читает лекцию',
			topic: '{competency}: что мешает и что поможет'
		},
		en: {
			name: 'coaching session (коучинг-сессия)',
			purpose:
				'teachers name their difficulty and find their own next steps; the host asks questions rather than lectures',
			topic: '{competency}: what gets in the way and what helps'
		}
	},
	{
		id: 'ring',
		reach: 'collective',
		hours: 1.5,
		report: 'council-talk',
		ru: {
			name: 'педагогический ринг',
			purpose: 'команды отстаивают разные подходы к одной задаче и аргументируют выводы',
			topic: 'Педагогический ринг: {competency}'
		},
		en: {
			name: 'pedagogical ring (педагогический ринг)',
			purpose: 'teams argue for different approaches to one task and defend their conclusions',
			topic: 'Pedagogical ring: {competency}'
		}
	},
	{
		id: 'quick-tune',
		reach: 'collective',
		hours: 1,
		report: 'open-lesson',
		ru: {
			name: 'квик-настройка',
			purpose: 'короткая встреча с одним приёмом, который завтра же пробуют в группе',
			topic: '{competency}: один приём на завтра'
		},
		en: {
			name: 'quick tune-up (квик-настройка)',
			purpose: 'a short meeting on one technique to try in the group the next day',
			topic: '{competency}: one technique for tomorrow'
		}
	},
	{
		id: 'idea-bank',
		reach: 'collective',
		hours: 1.5,
		report: 'methodical-work',
		ru: {
			name: 'банк идей',
			purpose: 'коллектив собирает и отбирает находки педагогов в общую копилку',
			topic: 'Банк идей: {competency}'
		},
		en: {
			name: 'bank of ideas (банк идей)',
			purpose: "the staff collect and sort colleagues' finds into a shared bank",
			topic: 'Bank of ideas: {competency}'
		}
	},
	{
		id: 'round-table',
		reach: 'collective',
		hours: 1.5,
		report: 'council-talk',
		ru: {
			name: 'круглый стол',
			purpose: 'обмен опытом и поиск решений текущих затруднений на равных',
			topic: '{competency}: обмен опытом'
		},
		en: {
			name: 'round table (круглый стол)',
			purpose: 'exchange of experience and a search for answers to current difficulties, as equals',
			topic: '{competency}: sharing experience'
		}
	},
	{
		id: 'pos',
		reach: 'group',
		hours: 8,
		report: 'open-lesson',
		ru: {
			name: 'ПОС (творческая группа)',
			purpose:
				'несколько педагогов вместе планируют занятие, проводят и наблюдают его, анализируют и корректируют; взаимопосещение',
			topic: '{competency}: совместное планирование и взаимопосещение занятий'
		},
		en: {
			name: 'professional learning community (ПОС, творческая группа)',
			purpose:
				'a few teachers plan an activity together, run and watch it, analyse and adjust it; visits to each other',
			topic: '{competency}: planning together and visiting each other'
		}
	},
	{
		id: 'mentoring',
		reach: 'individual',
		hours: 6,
		report: 'open-lesson',
		ru: {
			name: 'наставничество',
			purpose:
				'опытный коллега сопровождает педагога на практике: совместное планирование, посещение, разбор',
			topic: 'Наставничество: {competency}'
		},
		en: {
			name: 'mentoring (наставничество)',
			purpose: 'an experienced colleague supports the teacher in practice: planning together, visits, review',
			topic: 'Mentoring: {competency}'
		}
	},
	{
		id: 'open-activities',
		reach: 'individual',
		hours: 2,
		report: 'open-lesson',
		ru: {
			name: 'открытые занятия коллеги',
			purpose: 'посещение занятий опытного коллеги с последующим обсуждением приёмов',
			topic: 'Открытые занятия: {competency}'
		},
		en: {
			name: "a colleague's open activities (открытые занятия)",
			purpose: "visiting an experienced colleague's activities, then talking the techniques over",
			topic: 'Open activities: {competency}'
		}
	},
	{
		id: 'course',
		reach: 'course',
		hours: 36,
		report: 'council-talk',
		ru: {
			name: 'курсы повышения квалификации',
			purpose: 'один педагог проходит курсы вне учреждения и затем обучает коллег (горизонтальное обучение)',
			topic: '{competency}: курсы с последующим обучением коллег'
		},
		en: {
			name: 'professional development course (курсы повышения квалификации)',
			purpose: 'one teacher takes an outside course, then teaches the colleagues (horizontal learning)',
			topic: '{competency}: a course, then teaching the colleagues'
		}
	}
] as const satisfies readonly FormOfWork[];

export type FormId = (typeof FORMS)[number]['id'];

export function formOf(id: FormId): FormOfWork {
	return FORMS.find((f) => f.id === id)!;
}
