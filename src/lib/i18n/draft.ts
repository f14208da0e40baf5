/**
 * «Проект плана на следующий год» (issue 14): the draft plan's view and the columns of its export, which
 * are the plan's own (Sverka reads them back). Spread into ru.ts and en.ts.
 */
export const ruDraft = {
	'view.draft': 'Проект плана',
	'draft.title': 'Проект плана методической работы на {from}/{to} учебный год',
	'draft.intro':
		'Для каждого приоритетного дефицита — мероприятие. Форма зависит от того, сколько педагогов разделяют дефицит: многим — коллективная интерактивная форма, нескольким — ПОС или творческая группа, одному-двум — наставничество или открытые занятия коллеги. Если внутри учреждения никто не владеет компетенцией уверенно, один педагог проходит курсы и затем обучает остальных. Месяцы подобраны так, чтобы мероприятия одного педагога по возможности приходились на разные месяцы, и все — до итоговой диагностики. Всё в таблице можно изменить.',
	'draft.hostNote':
		'Ведущий предложен по опросу: это коллега, который уверенно владеет этой компетенцией. Это предложение, а не оценка педагогов: уточните у коллеги, готов ли он поделиться опытом, и отметьте «подтверждён».',
	'draft.empty':
		'Приоритетных дефицитов нет: все выявленные дефициты охвачены планом вовремя, а связанные с ними области не отстают.',
	'draft.noSurvey': 'Для проекта плана нужен опрос педагогов о профессиональных дефицитах.',
	'draft.col.no': '№',
	'draft.col.event': 'Мероприятие',
	'draft.col.form': 'Форма работы',
	'draft.col.month': 'Сроки',
	'draft.col.responsible': 'Ответственный',
	'draft.col.participants': 'Участники',
	'draft.col.competency': 'Компетенция (дефицит)',
	'draft.col.hours': 'Часы',
	'draft.col.status': 'Отметка о выполнении',
	'draft.col.host': 'Ведущий',
	'draft.col.remove': 'Убрать',
	'draft.planned': 'запланировано',
	'draft.fileName': 'План методической работы {from}-{to}',
	'draft.confirmed': 'подтверждён',
	'draft.noHost': 'нет ведущего',
	'draft.afterCourse': 'ведёт педагог, прошедший курсы (строка {row})',
	'draft.participantsHint': 'через запятую',
	'draft.add': 'Добавить мероприятие',
	'draft.remove': 'Убрать мероприятие «{topic}»',
	'draft.reset': 'Составить заново',
	'draft.resetConfirm': 'Составить проект заново? Ваши правки в таблице пропадут.',
	'draft.export': 'Сохранить как план:',
	'draft.forms': 'Формы методической работы',
	'draft.unsaved': 'Правки проекта хранятся, пока открыта страница: сохраните план в файл.',
	'draft.saved': 'Проект плана сохранён: {path} (мероприятий: {n})'
} as const;

export const enDraft: Record<keyof typeof ruDraft, string> = {
	'view.draft': 'Draft plan',
	'draft.title': 'Draft plan of methodical work for the {from}/{to} school year',
	'draft.intro':
		'One event for each priority deficit. The form follows how many teachers share the deficit: many — a collective interactive form; a few — a professional learning community (ПОС) or a творческая группа; one or two — mentoring or a colleague’s open activities. Where nobody inside rates the competency high, one teacher takes an outside course and then teaches the rest. Months are chosen so that one teacher’s events fall in different months where possible, all before the final diagnostics. Everything in the table can be changed.',
	'draft.hostNote':
		'The host is offered from the survey: a colleague confident in this competency. It is a suggestion, not a rating of teachers: ask the colleague whether they will share their practice, then tick «confirmed».',
	'draft.empty':
		'No priority deficits: every deficit found is reached by the plan in time, and the areas linked to them do not lag.',
	'draft.noSurvey': 'The draft plan needs the teachers’ deficit survey.',
	'draft.col.no': 'No.',
	'draft.col.event': 'Event',
	'draft.col.form': 'Form',
	'draft.col.month': 'Month',
	'draft.col.responsible': 'Responsible',
	'draft.col.participants': 'Participants',
	'draft.col.competency': 'Competency (deficit)',
	'draft.col.hours': 'Hours',
	'draft.col.status': 'Status',
	'draft.col.host': 'Host',
	'draft.col.remove': 'Remove',
	'draft.planned': 'planned',
	'draft.fileName': 'Plan of methodical work {from}-{to}',
	'draft.confirmed': 'confirmed',
	'draft.noHost': 'no host',
	'draft.afterCourse': 'hosted by the teacher who took the course (row {row})',
	'draft.participantsHint': 'comma-separated',
	'draft.add': 'Add an event',
	'draft.remove': 'Remove the event «{topic}»',
	'draft.reset': 'Draft again',
	'draft.resetConfirm': 'Draft the plan again? Your edits in the table will be lost.',
	'draft.export': 'Save as a plan:',
	'draft.forms': 'Forms of methodical work',
	'draft.unsaved': 'Edits to the draft last while the page is open: save the plan to a file.',
	'draft.saved': 'Draft plan saved: {path} (events: {n})'
};
