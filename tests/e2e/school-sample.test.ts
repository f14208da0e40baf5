import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, goToView, settled, test, viewReady } from './harness';

/**
 * «Пример школы» opens the school sample year from the page itself; the page speaks of классы, предметы and
 * обучающиеся and shows marks. What it must show is counted here from the CSV, apart from the app.
 */
const MARKS = new URL('../../data-samples/school/marks-2025-2026.csv', import.meta.url);
const SUBJECTS = ['Русский язык', 'Литература', 'Математика', 'Английский язык', 'История', 'Биология'];
const records = new TextDecoder('windows-1251')
	.decode(readFileSync(MARKS))
	.trim()
	.split('\r\n')
	.slice(1)
	.map((l) => l.split(';'));
/** Count of each mark in a subject at a period, over the whole school. */
function counts(subject: string, period: string): number[] {
	const column = 4 + SUBJECTS.indexOf(subject);
	const marks = records.filter((r) => r[3] === period).map((r) => Number(r[column]));
	return [2, 3, 4, 5].map((m) => marks.filter((x) => x === m).length);
}
function meanOf(cls: string, subject: string, period: string): { mean: string; n: number } {
	const column = 4 + SUBJECTS.indexOf(subject);
	const marks = records.filter((r) => r[2] === cls && r[3] === period).map((r) => Number(r[column]));
	const mean = marks.reduce((a, b) => a + b, 0) / marks.length;
	return { mean: mean.toFixed(1).replace('.', ','), n: marks.length };
}

test.describe('the school sample in the browser', () => {
	test('«Пример школы» puts the page in school mode: классы, предметы, marks 2–5', async ({
		app: page,
		foreign
	}) => {
		await page.getByRole('button', { name: 'Пример школы' }).click();
		await settled(page);
		await expect(page.locator('[data-figure="children"] strong')).toHaveText('419');
		await expect(page.locator('[data-figure="children"] span')).toHaveText('обучающихся');
		await expect(page.locator('[data-figure="groups"]')).toHaveText(/^\s*16\s+классов\s*$/);
		// The planted link is said of классы in the priorities, not of группы.
		const math = page.locator(
			'[data-table="priorities"] tr[data-competency="Функциональная (математическая) грамотность"] .why'
		);
		expect(await math.innerText()).toMatch(/в классах с дефицитом результаты ниже/);

		await goToView(page, 'Результаты обучающихся');
		await page.locator('form.filters select[name="period"]').selectOption('Год');
		await page.waitForURL(/period=/);
		// The filters say класс and предмет.
		const labelOf = (name: string) =>
			page.locator('form.filters label', { has: page.locator(`select[name="${name}"]`) });
		await expect(labelOf('group')).toHaveText(/^\s*Класс/);
		await expect(labelOf('area')).toHaveText(/^\s*Предмет/);
		await viewReady(page);
		const aria = async (id: string) =>
			(await page.locator(`[data-chart="${id}"] .chart`).getAttribute('aria-label')) ?? '';

		// The heatmap: classes × subjects in mean marks, each cell with its n.
		const heat = await aria('outcomes-heatmap');
		expect(heat).toMatch(/Средняя отметка по классам и предметам, год/);
		const m5a = meanOf('5А', 'Математика', 'Год');
		expect(heat).toMatch(new RegExp(`5А: [^;]*Математика — ${m5a.mean} \\(n = ${m5a.n}\\)`));

		// The distribution of marks per subject, counted from the file.
		const marks = await aria('marks');
		const [two, three, four, five] = counts('Математика', 'Год');
		expect(marks).toMatch(
			new RegExp(
				`Математика \\(Год\\): «2» ${two}, «3» ${three}, «4» ${four}, «5» ${five} \\(n = ${two + three + four + five}\\)`
			)
		);
		// Every chart has a caption for paper, the marks' too (it printed «Рис. 3.» alone).
		for (const caption of await page.locator('main [data-chart] .print-caption').allTextContents())
			expect(caption.trim().length, caption).toBeGreaterThan(20);
		// Marks are not levels: no kindergarten levels chart, and the view says обучающиеся, not дети.
		await expect(page.locator('[data-chart="levels"]')).toHaveCount(0);
		const text = (await page.locator('main').textContent()) ?? '';
		expect(text).toMatch(/Распределение отметок по предметам/);
		expect(text).not.toMatch(/Результаты детей/);

		// «Данные и качество» names the marks file as a school's, and its links as предметы.
		await goToView(page, 'Данные и качество');
		await expect(page.locator('tr[data-file]').first()).toContainText(
			'Результаты обучающихся (отметки, ВПР)'
		);
		await expect(page.locator('main')).toContainText('Компетенции и предметы');

		// The teacher card speaks of учитель, классы and предметы too: the filter it points to is «Учитель».
		await goToView(page, 'Карта педагога (ИППР)');
		await expect(page.locator('main')).toContainText('Выберите учителя в фильтре «Учитель».');
		const teacher = page.locator('form.filters select[name="teacher"]');
		const first = await teacher.locator('option:not([value=""])').first().getAttribute('value');
		await teacher.selectOption(first!);
		await page.waitForURL(/teacher=/);
		await expect(page.locator('#teacher-groups')).toHaveText(/^Результаты классов учителя \(/);
		await expect(page.locator('[data-teacher-areas]')).toHaveText(/^(Только предметы|Все предметы класса)/);

		// The council's report: its sections and captions in a school's words, the classes on the linkage unnamed.
		await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
		await page.waitForURL(/view=report/);
		await expect(page.locator('#report-outcomes')).toHaveText('Результаты обучающихся');
		const captions = (await page.locator('[data-report] .print-caption').allTextContents()).join(' ');
		expect(captions).toContain('Каждая точка — класс');
		expect(captions).toContain('Сравнение внутри параллелей');
		expect(captions).not.toMatch(/возрастных групп/);
		expect(foreign).toEqual([]);
	});
});

const REAL = new URL('../../../shared/real-exports/vpr-fis-oko-urus-martan/', import.meta.url);
const SKILLS = new URL('../../src/lib/ingest/fixtures/vpr-task-skills-title-and-gap.csv', import.meta.url);

test.describe('ВПР against the region in the browser', () => {
	test('the real Ф3 and a task map beside Ф1: the school’s 50 papers above the region’s, each task with its skill', async ({
		app: page
	}) => {
		await page.setInputFiles('#file-input', [
			...['Ф1_Индивидуальные результаты.xlsx', 'Ф3_Статистика по отметкам.xlsx'].map((n) =>
				fileURLToPath(new URL(n, REAL))
			),
			fileURLToPath(SKILLS)
		]);
		await settled(page);
		await goToView(page, 'Результаты обучающихся');
		await viewReady(page);
		const table = page.locator('[data-table="vpr-reference"]');
		await expect(table.locator('caption')).toHaveText(
			'Отметки ВПР: школа и регион, «Русский язык» (20.04.2026)'
		);
		const cells = async (level: string) =>
			(await table.locator(`tr[data-level="${level}"] td`).allInnerTexts()).map((c) => c.replace(/\s/g, ''));
		// n, «2», «3», «4», «5» in %, успеваемость, качество: 8, 27, 12, 3 of 50 loaded; the region as the form says.
		expect(await cells('loaded')).toEqual(['50', '16', '54', '24', '6', '84', '30']);
		expect(await cells('region')).toEqual(['30216', '13,4', '44,2', '36,3', '6,1', '86,6', '42,4']);
		expect(await cells('school')).toEqual(['89', '12,4', '52,8', '27', '7,9', '87,7', '34,8']);
		expect(await table.locator('tr[data-level="region"] th').innerText()).toMatch(/Чеченская Республика/);
		// Each task beside the skill the map gives it: 30 of 50 points on 9.1, 44 of 100 on task 5.
		const skills = page.locator('[data-table="vpr-skills"]');
		expect(await skills.locator('tr[data-task="9.1 (1б)"] > *').allInnerTexts()).toEqual([
			'9.1 (1б)',
			'Умение определять тему и главную мысль текста',
			'60',
			'50'
		]);
		expect(await skills.locator('tr[data-task="5 (2б)"] > *').allInnerTexts()).toEqual([
			'5 (2б)',
			'не указано в карте заданий',
			'44',
			'50'
		]);
	});
});
