/**
 * The words of a school, beside the kindergarten's: marks 2–5 are marks (успеваемость, качество знаний),
 * pupils are обучающиеся in классы, areas are предметы. Spread into ru.ts and en.ts.
 */
export const ruSchool = {
	'mode.label': 'Тип данных',
	'mode.kindergarten': 'Детский сад',
	'mode.school': 'Школа',
	'mode.auto': 'определено по отметкам и классам',
	'finding.weakSubject':
		'Слабее всего результаты по предмету «{area}» ({period}): средняя отметка {mean}, успеваемость {pass} %, качество знаний {quality} %, «2» у {share2} % из {n} обучающихся.',
	'finding.weakSubjectScore':
		'Слабее всего результаты по предмету «{area}» ({period}): в среднем {pct} % шкалы{points} (обучающихся: {n}). Отметок 2–5 в файле нет, поэтому успеваемость и качество знаний не посчитаны.',
	'finding.marksNote':
		'Отметки 2–5 прочитаны как школьные: «3» — удовлетворительно, а не «низкий уровень». Отметки показывают, где обучающимся трудно, и не служат оценкой учителей.',
	'finding.weakTask':
		'Труднее всего по предмету «{area}» задание {task}: в среднем набрано {rate} % его баллов (обучающихся: {n}).',
	'finding.objectivity':
		'ВПР по предмету «{area}» ({period}): отметку по журналу подтвердили {confirmed} из {n} обучающихся, понизили {lowered}, повысили {raised}.',
	'chart.outcomes.title.school': 'Результаты обучающихся по предметам',
	'chart.outcomes.tooltip.school':
		'{area}\n{period}: {mean} шкалы (обучающихся: {n}, на низком уровне: {low} %)',
	'chart.outcomes.empty.school': 'Загрузите отметки обучающихся или форму ФИС ОКО',
	'chart.heatmap.title.school': 'Результаты по классам и предметам, {period} (% шкалы)',
	'chart.heatmap.tooltip.school': '{group}\n{area}: {mean} % шкалы (обучающихся: {n})',
	'chart.heatmap.title.marks': 'Средняя отметка по классам и предметам, {period}',
	'chart.heatmap.tooltip.marks': '{group}\n{area}: средняя отметка {mean} (обучающихся: {n})',
	'chart.dynamics.axis.school': '% шкалы (те же обучающиеся)',
	'chart.dynamics.axis.marks': 'Средняя отметка (одни и те же обучающиеся)',
	'view.outcomes.school': 'Результаты обучающихся',
	'filter.group.school': 'Класс',
	'filter.area.school': 'Предмет',
	'filter.teacher.school': 'Учитель',
	'kind.outcomes.school': 'Результаты обучающихся (отметки, ВПР)',
	'links.areas.school': 'Компетенции и предметы',
	'report.organisationPlaceholder.school': 'например, МБОУ «СОШ № 5»',
	'caption.linkage-matrix.school':
		'Сравнение внутри параллелей: на сколько изменились за год результаты обучающихся (при одной оценке — их уровень) в классах, где у учителей предмета дефицит, по сравнению с классами без него; бледные клетки — в пределах случайных колебаний.',
	'teacher.choose.school': 'Выберите учителя в фильтре «Учитель».',
	'teacher.groups.school': 'Результаты классов учителя ({period})',
	'teacher.areasOwn.school': 'Только предметы, которые ведёт учитель: {areas}.',
	'teacher.areasAll.school':
		'Все предметы класса: отдельные предметы за учителем в списке сотрудников не указаны.',
	'table.small.school': '* меньше 5 обучающихся: число неустойчиво',
	'chart.small.school': 'меньше 5 обучающихся',
	'figure.children.school': '{n|обучающийся|обучающихся|обучающихся}',
	'figure.groups.school': '{n|класс|класса|классов}',
	'chart.marks.title': 'Распределение отметок по предметам',
	'chart.marks.axis': 'Доля обучающихся, %',
	'chart.marks.series': 'Отметка «{mark}»',
	'chart.marks.tooltip': '{area}\nОтметка «{mark}»: {k} из {n} обучающихся ({share} %)',
	'chart.marks.cannotTell':
		'Отметки показывают результат класса по предмету, но не то, почему он такой: учитель, программа и состав класса здесь не разделены.',
	'chart.tasks.title': 'Задания ВПР: «{area}», доля набранных баллов',
	'chart.tasks.axis': 'Набрано баллов, %',
	'chart.tasks.school': 'Школа',
	'chart.objectivity.title': 'ВПР и отметка по журналу: «{area}»',
	'chart.objectivity.lowered': 'Понизили',
	'chart.objectivity.confirmed': 'Подтвердили',
	'chart.objectivity.raised': 'Повысили',
	'chart.vpr.cannotTell':
		'Расхождение ВПР с журналом — повод сверить критерии оценивания, а не вывод о конкретном учителе: по одной работе отметку не подтверждают и не опровергают.',
	'word.child': 'обучающийся',
	'word.children': 'обучающиеся',
	'word.group': 'класс',
	'word.area': 'предмет',
	'word.teacher': 'учитель',
	'headline.linked.school':
		'В классах, где учителя отмечают дефицит «{competency}», обучающиеся за год продвинулись по предмету «{area}» меньше — на {effect} % шкалы{points} (классов: {groups}, из них с дефицитом: {exposed}). Это совпадение, а не доказательство причины.',
	'headline.linkedLevel.school':
		'В классах, где учителя отмечают дефицит «{competency}», результаты по предмету «{area}» ниже — на {effect} % шкалы{points} (классов: {groups}, из них с дефицитом: {exposed}).',
	'chart.scope.group.school': 'класс: {group}',
	'chart.scope.allGroups.school': 'все классы',
	'chart.scope.area.school': 'предмет: {area}',
	'chart.scope.allAreas.school': 'все предметы',
	'chart.scope.children.school': 'обучающихся: {n}',
	'chart.scope.groups.school': 'классов: {n}',
	'drop.sampleSchool': 'Пример школы',
	'drop.sampleSchoolHint': 'учебный год условной школы: 5–8 классы, 16 классов, 18 учителей',
	'vpr.reference.title': 'Отметки ВПР: школа и регион, «{area}» ({period})',
	'vpr.reference.group': 'Группа участников',
	'vpr.reference.n': 'Участников',
	'vpr.reference.mark': '«{mark}», %',
	'vpr.reference.pass': 'Успеваемость, %',
	'vpr.reference.quality': 'Качество знаний, %',
	'vpr.reference.loaded': 'Школа: загруженные работы',
	'vpr.reference.level.region': 'регион',
	'vpr.reference.level.municipality': 'муниципалитет',
	'vpr.reference.level.school': 'ОО по данным ФИС ОКО',
	'vpr.reference.note':
		'Доли — из формы ФИС ОКО «Статистика по отметкам» (Ф3). Строка «загруженные работы» посчитана по загруженным файлам: если загружены не все работы школы, она может отличаться от строки ОО из формы.',
	'aggregate.vpr_skills':
		'Это карта заданий ВПР: задание → проверяемое умение. Умения показаны рядом с заданиями в «Результатах обучающихся».',
	'reason.skill_incomplete': 'в строке нет номера задания или умения',
	'vpr.skills.title': 'Задания ВПР и проверяемые умения: «{area}» ({period})',
	'vpr.skills.task': 'Задание',
	'vpr.skills.skill': 'Проверяемое умение',
	'vpr.skills.rate': 'Набрано баллов, %',
	'vpr.skills.n': 'Обучающихся',
	'vpr.skills.none': 'не указано в карте заданий',
	'finding.linked.school':
		'В классах, где учителя предмета отмечают дефицит «{competency}», {measure} по предмету «{area}» ниже на {effect} % шкалы (95 % ДИ от {low} до {high}; классов: {groups}, из них с дефицитом: {exposed}; сравнение внутри параллелей{adjusted}; q = {q}). Это совпадение дефицита и результатов, а не доказательство причины.',
	'finding.linkedUp.school':
		'В классах, где учителя предмета отмечают дефицит «{competency}», {measure} по предмету «{area}» выше на {effect} % шкалы (95 % ДИ от {low} до {high}; классов: {groups}, из них с дефицитом: {exposed}; сравнение внутри параллелей{adjusted}; q = {q}). Это совпадение, а не доказательство причины; приоритетом по этой причине дефицит не считается.',
	'finding.notLinked.school':
		'Связь дефицита «{competency}» с результатами по предмету «{area}» не выявлена: разница {effect} % шкалы (95 % ДИ от {low} до {high}; классов: {groups}, из них с дефицитом: {exposed}). Эти классы позволяют заметить разницу от {mdd} % шкалы; меньшую они бы не показали.',
	'finding.insufficient.school':
		'Для дефицита «{competency}» и предмета «{area}» данных недостаточно для вывода: {reason}.',
	'reason.few_groups.school':
		'классов с дефицитом {exposed}, без дефицита {unexposed} — для сравнения нужно хотя бы по 2 с каждой стороны, а для надёжного вывода больше',
	'reason.confounded.school':
		'классы с дефицитом и без него не встречаются в одной параллели, поэтому разницу нельзя отделить от возраста обучающихся',
	'reason.underpowered.school':
		'сравнить можно только {compared} классов внутри параллелей, и даже самое резкое различие между ними не достигло бы порога значимости (наименьшее возможное p = {pmin})',
	'priority.part.worse.school': 'в классах с дефицитом результаты ниже (вес 1)',
	'priority.part.better.school':
		'в классах с дефицитом результаты выше — это не довод за приоритет (вес 0,5)',
	'privacy.suppressSmall.school': 'Скрыть классы меньше 5 обучающихся',
	'privacy.hint.school':
		'В отчёте, презентации и картинках графиков не показывать показатели классов, где оценено меньше 5 обучающихся',
	'council.methodist.school': 'Заместитель директора по УВР',
	'council.agenda.school':
		'Об итогах успеваемости и ВПР обучающихся и диагностики профессиональных дефицитов учителей; о плане методической работы на {from}/{to} учебный год',
	'council.heardIntro.school':
		'{who} — об итогах успеваемости и ВПР обучающихся и диагностики профессиональных дефицитов учителей.',
	'council.share.school': 'у {k} из {n} учителей',
	'council.priority.covered.school':
		'Приоритетный дефицит «{competency}» ({share}): мероприятия были, но результаты обучающихся по связанному предмету отстают — стоит сменить форму работы.',
	'council.priority.missed.school':
		'Приоритетный дефицит «{competency}» ({share}): мероприятия плана не дошли до учителей с этим дефицитом до итоговых отметок.',
	'caption.outcomes-by-area.school':
		'Средний результат обучающихся по каждому предмету в каждый период (отметки 2–5 — как есть, другие шкалы — в % шкалы); под названием предмета — число обучающихся.',
	'caption.outcomes-heatmap.school':
		'Средний результат класса по предмету: чем темнее, тем выше; * — меньше 5 обучающихся.',
	'caption.dynamics.school':
		'Одни и те же обучающиеся в начале и в конце года: сдвиг каждого класса по выбранному предмету.',
	'chart.levels.axis.school': 'Доля обучающихся, %',
	'table.group.school': 'Класс',
	'table.children.school': 'Обучающихся',
	'linkage.caution.school':
		'Классов немного: статистика хрупкая. Совпадение дефицита и слабых результатов — не доказательство причины.',
	'linkage.rule.school':
		'Класс считается «с дефицитом», если дефицит отмечает не меньше половины учителей этого предмета в классе. Классы сравниваются только внутри одной параллели; параллель берётся из названия класса («5А» — пятая параллель).',
	'linkage.band.school': 'Параллель',
	'linkage.childrenRow.school': 'Обучающихся',
	'linkage.small.school': 'Классы меньше 5 обучающихся в сравнение не входят: {groups}.',
	'linkage.summary.school':
		'{verdict}: разница {effect} % шкалы (95 % ДИ {low} … {high}), p = {p}, q = {q}; классов: {groups}, с дефицитом: {exposed}.',
	'linkage.mdd.school':
		'Минимальная разница, которую эти классы позволяют обнаружить (α = 0,05, мощность 80 %): {mdd} % шкалы.',
	'chart.linkageScatter.title.school': '«{competency}» и «{area}»: классы',
	'chart.linkageScatter.x.school': 'Доля учителей класса с дефицитом',
	'chart.linkageScatter.unnamed.school':
		'Классы не подписаны: у класса один учитель предмета, и по подписи можно было бы узнать, есть ли у него дефицит.',
	'caption.linkage-scatter.school':
		'Каждая точка — класс: доля его учителей с дефицитом и изменение результатов его обучающихся за год (при одной оценке — их уровень); чем больше точка, тем больше в классе обучающихся. Классы не подписаны: у класса один учитель предмета, и по подписи можно было бы узнать, есть ли у него дефицит.',
	'priority.scoreNote.school':
		'Приоритет — от 0 до 1: доля учителей с дефицитом × вес связи с результатами обучающихся ({worse} — в классах с дефицитом результаты ниже, {neutral} — связь не выявлена или данных мало) × доля учителей с дефицитом, до которых план не доходит до итоговой диагностики; если план их охватил, а в классах с дефицитом результаты всё ещё ниже, эта доля берётся не меньше {review} — мероприятия стоит проверить на действенность. Это порядок, а не оценка учителей.',
	'yoy.intro.school':
		'Откройте проект прошлого года (файл .sverka): Сверка сравнит распространённость дефицитов, результаты обучающихся по предметам и то, как менялись дефициты у участников мероприятий прошлого года и у тех, кто в них не участвовал. Файлы этого года остаются как есть.',
	'yoy.areas.school': 'Результаты обучающихся по предметам: было и стало',
	'yoy.col.area.school': 'Предмет',
	'yoy.mean.school': '{mean} % шкалы (обучающихся: {n})',
	'council.priority.partial.school':
		'Приоритетный дефицит «{competency}» ({share}): план охватил лишь часть учителей с этим дефицитом.',
	'council.decideIppr.school':
		'Составить индивидуальные планы профессионального развития учителей с дефицитами.',
	'council.decideCheck.school':
		'Повторить диагностику профессиональных дефицитов, итоги и результаты обучающихся рассмотреть на итоговом педсовете.'
} as const;

export const enSchool: Record<keyof typeof ruSchool, string> = {
	'mode.label': 'Kind of data',
	'mode.kindergarten': 'Kindergarten',
	'mode.school': 'School',
	'mode.auto': 'detected from marks and classes',
	'finding.weakSubject':
		'Results are weakest in the subject «{area}» ({period}): mean mark {mean}, pass rate (успеваемость) {pass} %, quality (качество знаний) {quality} %, a «2» for {share2} % of pupils (pupils: {n}).',
	'finding.weakSubjectScore':
		'Results are weakest in the subject «{area}» ({period}): a mean of {pct} % of the scale{points} (pupils: {n}). The file holds no marks 2–5, so pass rate and quality were not computed.',
	'finding.marksNote':
		'Marks 2–5 are read as school marks: a «3» is a pass, not a «low level». Marks show where pupils struggle; they do not evaluate teachers.',
	'finding.weakTask':
		'The hardest task in «{area}» is {task}: on average {rate} % of its points were scored (pupils: {n}).',
	'finding.objectivity':
		'ВПР in «{area}» ({period}): {confirmed} of {n} pupils confirmed their journal mark, {lowered} got lower, {raised} got higher.',
	'chart.outcomes.title.school': "Pupils' results by subject",
	'chart.outcomes.tooltip.school':
		'{area}\n{period}: {mean} of the scale (pupils: {n}, at low level: {low} %)',
	'chart.outcomes.empty.school': "Load pupils' marks or a ФИС ОКО form",
	'chart.heatmap.title.school': 'Results by class and subject, {period} (% of the scale)',
	'chart.heatmap.tooltip.school': '{group}\n{area}: {mean} % of the scale (pupils: {n})',
	'chart.heatmap.title.marks': 'Mean mark by class and subject, {period}',
	'chart.heatmap.tooltip.marks': '{group}\n{area}: mean mark {mean} (pupils: {n})',
	'chart.dynamics.axis.school': '% of the scale (the same pupils)',
	'chart.dynamics.axis.marks': 'Mean mark (the same pupils)',
	'view.outcomes.school': "Pupils' results",
	'filter.group.school': 'Class',
	'filter.area.school': 'Subject',
	'filter.teacher.school': 'Teacher',
	'kind.outcomes.school': "Pupils' results (marks, ВПР)",
	'links.areas.school': 'Competencies and subjects',
	'report.organisationPlaceholder.school': 'e.g. МБОУ «СОШ № 5»',
	'caption.linkage-matrix.school':
		"How much pupils' results changed over the year (their level, with one assessment) in classes whose subject teachers report the deficit, against classes without it, within the same grade; faint cells are within chance.",
	'teacher.choose.school': 'Choose a teacher in the «Teacher» filter.',
	'teacher.groups.school': "Outcomes of the teacher's classes ({period})",
	'teacher.areasOwn.school': 'Only the subjects the teacher teaches: {areas}.',
	'teacher.areasAll.school':
		"All of the class's subjects: the staff list names no subjects of the teacher's own.",
	'table.small.school': '* fewer than 5 pupils: the figure is unstable',
	'chart.small.school': 'fewer than 5 pupils',
	'figure.children.school': '{n|pupil|pupils}',
	'figure.groups.school': '{n|class|classes}',
	'chart.marks.title': 'Marks by subject',
	'chart.marks.axis': 'Share of pupils, %',
	'chart.marks.series': 'Mark «{mark}»',
	'chart.marks.tooltip': '{area}\nMark «{mark}»: {k} of {n} pupils ({share} %)',
	'chart.marks.cannotTell':
		"Marks show a class's result in a subject, not why: the teacher, the curriculum and the class itself are not told apart here.",
	'chart.tasks.title': 'ВПР tasks: «{area}», share of points scored',
	'chart.tasks.axis': 'Points scored, %',
	'chart.tasks.school': 'School',
	'chart.objectivity.title': 'ВПР against the journal mark: «{area}»',
	'chart.objectivity.lowered': 'Lower',
	'chart.objectivity.confirmed': 'Confirmed',
	'chart.objectivity.raised': 'Higher',
	'chart.vpr.cannotTell':
		'A gap between ВПР and the journal is a reason to compare marking criteria, not a verdict on a teacher: one test neither confirms nor refutes a mark.',
	'word.child': 'pupil',
	'word.children': 'pupils',
	'word.group': 'class',
	'word.area': 'subject',
	'word.teacher': 'teacher',
	'headline.linked.school':
		'In classes whose teachers report the «{competency}» deficit, pupils progressed less in «{area}» over the year — by {effect} % of the scale{points} ({groups} classes, {exposed} with the deficit). A coincidence, not proof of a cause.',
	'headline.linkedLevel.school':
		'In classes whose teachers report the «{competency}» deficit, outcomes in «{area}» are lower — by {effect} % of the scale{points} ({groups} classes, {exposed} with the deficit).',
	'chart.scope.group.school': 'class: {group}',
	'chart.scope.allGroups.school': 'all classes',
	'chart.scope.area.school': 'subject: {area}',
	'chart.scope.allAreas.school': 'all subjects',
	'chart.scope.children.school': 'pupils: {n}',
	'chart.scope.groups.school': 'classes: {n}',
	'drop.sampleSchool': 'School example',
	'drop.sampleSchoolHint': 'a school year of a sample school: grades 5–8, 16 classes, 18 teachers',
	'vpr.reference.title': 'ВПР marks: the school and the region, «{area}» ({period})',
	'vpr.reference.group': 'Participants',
	'vpr.reference.n': 'Pupils',
	'vpr.reference.mark': '«{mark}», %',
	'vpr.reference.pass': 'Pass rate, %',
	'vpr.reference.quality': 'Quality (4 and 5), %',
	'vpr.reference.loaded': 'School: the loaded papers',
	'vpr.reference.level.region': 'region',
	'vpr.reference.level.municipality': 'municipality',
	'vpr.reference.level.school': 'school as ФИС ОКО counts it',
	'vpr.reference.note':
		"Shares from the ФИС ОКО form «Статистика по отметкам» (Ф3). The «loaded papers» line is counted from the loaded files: if not all of the school's papers are loaded, it may differ from the form's school line.",
	'aggregate.vpr_skills':
		"This is a map of ВПР tasks: task → the skill it checks. The skills are shown beside the tasks in «Pupils' results».",
	'reason.skill_incomplete': 'the row has no task number or no skill',
	'vpr.skills.title': 'ВПР tasks and the skills they check: «{area}» ({period})',
	'vpr.skills.task': 'Task',
	'vpr.skills.skill': 'Skill checked',
	'vpr.skills.rate': 'Points scored, %',
	'vpr.skills.n': 'Pupils',
	'vpr.skills.none': 'not in the task map',
	'finding.linked.school':
		'In classes whose subject teachers report the «{competency}» deficit, {measure} in «{area}» is lower by {effect} % of the scale (95 % CI {low} to {high}; {groups} classes, {exposed} with the deficit; compared within parallels{adjusted}; q = {q}). A coincidence of deficit and outcomes, not proof of a cause.',
	'finding.linkedUp.school':
		'In classes whose subject teachers report the «{competency}» deficit, {measure} in «{area}» is higher by {effect} % of the scale (95 % CI {low} to {high}; {groups} classes, {exposed} with the deficit; compared within parallels{adjusted}; q = {q}). A coincidence, not proof of a cause; it does not make the deficit a priority.',
	'finding.notLinked.school':
		'No link found between the «{competency}» deficit and outcomes in «{area}»: difference {effect} % of the scale (95 % CI {low} to {high}; {groups} classes, {exposed} with the deficit). These classes can show a difference from {mdd} % of the scale; a smaller one they would not show.',
	'finding.insufficient.school': 'Too little data for the «{competency}» deficit and «{area}»: {reason}.',
	'reason.few_groups.school':
		'{exposed} classes with the deficit and {unexposed} without — a comparison needs at least 2 on each side, and a reliable one more',
	'reason.confounded.school':
		'classes with and without the deficit never share a parallel, so the difference cannot be told apart from the pupils’ age',
	'reason.underpowered.school':
		'only {compared} classes can be compared within parallels, and even the sharpest split among them could not reach significance (smallest possible p = {pmin})',
	'priority.part.worse.school': 'classes with the deficit have weaker outcomes (weight 1)',
	'priority.part.better.school':
		'classes with the deficit have better outcomes — no reason for priority (weight 0.5)',
	'privacy.suppressSmall.school': 'Hide classes under 5 pupils',
	'privacy.hint.school':
		'In the report, the deck and chart images, leave out the figures of classes with fewer than 5 pupils assessed',
	'council.methodist.school': 'Deputy head for teaching and learning',
	'council.agenda.school':
		"On pupils' marks and ВПР results and the diagnostics of teachers' professional deficits; on the plan of methodical work for {from}/{to}",
	'council.heardIntro.school':
		"{who} — on pupils' marks and ВПР results and the diagnostics of teachers' professional deficits.",
	'council.share.school': '{k} of {n} teachers',
	'council.priority.covered.school':
		"Priority deficit «{competency}» ({share}): there were events, but pupils' results in the linked subject lag — the form of work should change.",
	'council.priority.missed.school':
		'Priority deficit «{competency}» ({share}): the plan’s events did not reach the teachers in this deficit before the final marks.',
	'caption.outcomes-by-area.school':
		'Pupils’ mean result in each subject at each period (marks 2–5 as they are, other scales in % of the scale); the number of pupils under each subject.',
	'caption.outcomes-heatmap.school':
		'A class’s mean result in a subject: darker is higher; * fewer than 5 pupils.',
	'caption.dynamics.school':
		'The same pupils at the start and end of the year: how each class moved in the chosen subject.',
	'chart.levels.axis.school': 'Share of pupils, %',
	'table.group.school': 'Class',
	'table.children.school': 'Pupils',
	'linkage.caution.school':
		'Few classes: the statistics are fragile. A coincidence of deficit and weak outcomes is not proof of a cause.',
	'linkage.rule.school':
		'A class counts as «with the deficit» when at least half of its teachers of that subject report it. Classes are compared only within one parallel, taken from the class name («5А» is the fifth parallel).',
	'linkage.band.school': 'Parallel',
	'linkage.childrenRow.school': 'Pupils',
	'linkage.small.school': 'Classes under 5 pupils are left out of the comparison: {groups}.',
	'linkage.summary.school':
		'{verdict}: a difference of {effect} % of the scale (95 % CI {low} … {high}), p = {p}, q = {q}; classes: {groups}, with the deficit: {exposed}.',
	'linkage.mdd.school':
		'The smallest difference these classes can reveal (α = 0.05, power 80 %): {mdd} % of the scale.',
	'chart.linkageScatter.title.school': '«{competency}» and «{area}»: classes',
	'chart.linkageScatter.x.school': "Share of the class's teachers in deficit",
	'chart.linkageScatter.unnamed.school':
		'The classes are not named: a class has one teacher of the subject, and a name would tell whether they are in deficit.',
	'caption.linkage-scatter.school':
		"Each dot is a class: the share of its teachers in deficit and the change in its pupils' results over the year (their level, with one assessment); the larger the dot, the more pupils. The classes are not named: a class has one teacher of the subject, and a name would tell whether they are in deficit.",
	'priority.scoreNote.school':
		'Priority runs from 0 to 1: the share of teachers in deficit × the weight of the link with pupils’ results ({worse}: results are lower in classes with the deficit, {neutral}: no link found or too little data) × the share of teachers in deficit the plan does not reach before the final assessment; where the plan reaches them and results are still lower in classes with the deficit, that share counts as at least {review}: the events may not work. It orders deficits; it does not rate teachers.',
	'yoy.intro.school':
		'Open last year’s project (a .sverka file): Sverka compares how widespread each deficit is, the pupils’ results by subject, and how deficits changed among those who took part in last year’s events and those who did not. This year’s files stay as they are.',
	'yoy.areas.school': 'Pupils’ results by subject: then and now',
	'yoy.col.area.school': 'Subject',
	'yoy.mean.school': '{mean} % of the scale (pupils: {n})',
	'council.priority.partial.school':
		'Priority deficit «{competency}» ({share}): the plan reached only some of the teachers in this deficit.',
	'council.decideIppr.school':
		'Draw up individual professional development plans for the teachers with deficits.',
	'council.decideCheck.school':
		"Repeat the diagnostics of professional deficits; review it and the pupils' results at the year's final council."
};
