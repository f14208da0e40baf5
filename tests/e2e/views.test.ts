import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { analyzeAll, type Analysis } from '../../src/lib/analysis';
import { findings } from '../../src/lib/analysis/findings';
import { keyFigures, outcomesHeatmap, teacherCard, type TeacherCard } from '../../src/lib/analysis/views';
import { translator, type MessageKey } from '../../src/lib/i18n';
import readXlsxFile from 'read-excel-file/universal';
import { parseRecords } from '../../src/lib/ingest/csv-head';
import {
	chartLabel,
	download,
	engineReady,
	expect,
	goToView,
	settled,
	sharedPage,
	test,
	viewReady
} from './harness';
import { samplePaths, withSamplesInNode } from './samples';

/** The same analysis, computed in Node from the same files: what every view must show. */
let expected: Analysis;
let figures: Awaited<ReturnType<typeof keyFigures>>;
let heatmap: Awaited<ReturnType<typeof outcomesHeatmap>>;
let card: TeacherCard;
const TEACHER = 'кузнецова елена петровна';

const pct = (x: number) => Math.round(100 * x);
const filter = (p: Page, name: 'period' | 'group' | 'area' | 'teacher') =>
	p.locator(`form.filters select[name="${name}"]`);

test.describe.serial('the dashboard on the sample year', () => {
	test.beforeAll(() =>
		withSamplesInNode(async (engine) => {
			expected = await analyzeAll(engine, translator('ru'), 'ru');
			figures = await keyFigures(engine);
			heatmap = await outcomesHeatmap(engine, 'Сентябрь 2025');
			card = await teacherCard(engine, TEACHER);
		})
	);
	const shared = sharedPage(async (page) => {
		await page.setInputFiles('#file-input', samplePaths);
		await settled(page);
	});

	test('overview: key figures, the findings and the priorities of the analysis', async () => {
		const { page } = shared;
		await goToView(page, 'Обзор');
		const ru = translator('ru');
		for (const [key, value] of Object.entries(figures)) {
			expect(Number(await page.locator(`[data-figure="${key}"] strong`).textContent()), key).toBe(value);
			// The word agrees with its number: «24 педагога», «10 групп», «22 ответили на опрос».
			const word = ru(`figure.${key}` as MessageKey, { n: value });
			await expect(page.locator(`[data-figure="${key}"] span`), key).toHaveText(word);
		}
		await expect(page.locator('[data-figure="teachers"]')).toHaveText(/^\s*24\s+педагога\s*$/);
		const shown = await page.locator('[data-list="findings"] li').allTextContents();
		expect(shown).toEqual(findings(expected.inputs, translator('ru'), 'ru'));
		// The note gives every rule of the score, the «covered, still lower» floor too (a 0 % gap scored 0,23).
		await expect(page.getByTestId('priority-note')).toContainText('эта доля берётся не меньше 0,5');
		await expect(page.locator('[data-table="priorities"] tbody tr').first()).toHaveAttribute(
			'data-competency',
			expected.priorities[0].competency
		);
	});

	test('outcomes: the heatmap shows the period chosen in the filter, as the analysis computes it', async () => {
		const { page } = shared;
		await goToView(page, 'Результаты детей');
		await filter(page, 'period').selectOption('Сентябрь 2025');
		await page.waitForURL(/period=/);
		// The chart redraws after its query: wait for the fact (its label names the period, in its title
		// mid-sentence), not for time.
		await expect(page.locator('[data-chart="outcomes-heatmap"] .chart')).toHaveAttribute(
			'aria-label',
			/областям, сентябрь 2025/
		);
		const text = await chartLabel(page, 'outcomes-heatmap');
		const r = heatmap.groups.indexOf('Старшая «Теремок»');
		const c = heatmap.areas.indexOf('Речевое развитие');
		expect(text).toMatch(new RegExp(`Старшая «Теремок»: [^;]*Речевое развитие — ${pct(heatmap.mean[r][c])}`));
		for (const id of ['outcomes-by-area', 'levels', 'dynamics'])
			expect((await chartLabel(page, id)).length, id).toBeGreaterThan(20);
	});

	test('filters survive switching views and live in the URL', async () => {
		const { page } = shared;
		await filter(page, 'group').selectOption('Старшая «Радуга»');
		await page.waitForURL(/group=/);
		await goToView(page, 'Дефициты');
		await expect(filter(page, 'period')).toHaveValue('Сентябрь 2025');
		await expect(filter(page, 'group')).toHaveValue('Старшая «Радуга»');
		const url = new URL(page.url());
		expect([
			url.searchParams.get('view'),
			url.searchParams.get('period'),
			url.searchParams.get('group')
		]).toEqual(['deficits', 'Сентябрь 2025', 'Старшая «Радуга»']);
		// The group filter keeps the teachers of that group: its two воспитатели and those working with all groups.
		const matrix = await chartLabel(page, 'deficit-matrix');
		expect(matrix).toMatch(/Морозова Людмила Ивановна/);
		expect(matrix).not.toMatch(/Иванова Анна Андреевна/);
		await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
		await page.waitForURL((u) => !u.search.includes('group='));
	});

	test('deficits: prevalence as the analysis counts it', async () => {
		const text = await chartLabel(shared.page, 'deficit-prevalence');
		for (const row of expected.coverage)
			expect(text).toMatch(new RegExp(`${row.competency}: ${row.teachers_in_deficit} из ${row.respondents}`));
	});

	test('linkage: the planted link with its numbers, the matrix and the scatter', async () => {
		const { page } = shared;
		await goToView(page, 'Связь');
		const speech = expected.linkage.find((l) => l.competency === 'Развитие речи детей')!;
		const summary = (await page.getByTestId('linkage-summary').textContent()) ?? '';
		expect(summary).toMatch(/^связь выявлена/);
		// A minus sign, not a hyphen, as the page writes numbers.
		const effect = (100 * speech.effect!).toFixed(1).replace('.', ',').replace('-', '−');
		expect(summary).toContain(effect);
		expect(summary).toMatch(/групп: 10, с дефицитом: 5/);
		expect(await chartLabel(page, 'linkage-matrix')).toContain(
			`Развитие речи детей × Речевое развитие: ${effect} (связь выявлена)`
		);
		await expect(page.getByTestId('linkage-mdd')).toHaveText(/Минимальная разница/);
		await expect(page.locator('[data-table="linkage-balance"]')).toHaveText(/подготовительная/);
		expect(await chartLabel(page, 'linkage-scatter')).toMatch(/Младшая «Ягодка»: 100 %/);
		await expect(page.getByRole('note')).toHaveText(/не доказательство причины/);
	});

	test('plan coverage: the seed table with the statuses of the analysis, over-supply and the timeline', async () => {
		const { page } = shared;
		await goToView(page, 'План и соответствие');
		for (const row of expected.coverage) {
			const tr = page.locator(`[data-table="coverage"] tr[data-competency="${row.competency}"]`);
			await expect(tr, row.competency).toHaveAttribute('data-status', row.status);
			await expect(tr).toHaveText(
				new RegExp(`охвачено ${row.teachers_reached_in_time} из ${row.teachers_in_deficit}`)
			);
		}
		await expect(page.locator('[data-list="oversupply"] li')).toHaveCount(expected.oversupply.length);
		// An event for a competency the survey did not ask about says so, not «без целевой компетенции».
		await expect(page.locator('[data-list="oversupply"]')).toContainText(
			'Безопасность детей на прогулке — направлено на «Охрана жизни и здоровья детей»: такой компетенции в опросе не было'
		);

		// The table leaves as CSV (Excel, Russian locale) and XLSX with the same cells.
		const save = async (type: string) => {
			const d = await download(page, () =>
				page.locator(`[aria-labelledby="coverage-title"] [data-export="${type}"]`).click()
			);
			return readFileSync(await d.path());
		};
		const csv = (await save('csv')).toString('utf8');
		expect(
			csv.startsWith('\uFEFFВыявленные тенденции;Темы методической работы;Выявленное соответствие\r\n')
		).toBe(true);
		const records = parseRecords(csv.slice(1), ';').filter((r) => r.length > 1);
		expect(records.length).toBe(expected.coverage.length + 1);
		expect(records[1][0]).toMatch(/^Применение ИКТ в образовательном процессе \(дефицит у 11 из 22/);
		expect(records[1][2]).toMatch(/^нет мероприятий/);
		const [sheet] = await readXlsxFile(new Uint8Array(await save('xlsx')).buffer as ArrayBuffer);
		// An empty cell reads back as null from XLSX and as '' from CSV: the same nothing.
		expect(sheet.data.map((row) => row.map((v) => v ?? ''))).toEqual(records);
		expect(await chartLabel(page, 'timeline')).toMatch(/Мнемотехника в развитии связной речи/);
	});

	test('teacher card: deficits, events and the events on their deficits that miss them', async () => {
		const { page } = shared;
		await goToView(page, 'Карта педагога (ИППР)');
		await filter(page, 'teacher').selectOption(TEACHER);
		await page.waitForURL(/teacher=/);
		await expect(page.locator('[data-list="teacher-deficits"]')).toBeVisible();
		await expect(page.locator('[data-list="teacher-deficits"] li')).toHaveText(
			card.deficits.competency.filter((_, i) => card.deficits.isDeficit[i])
		);
		await expect(page.locator('[data-list="teacher-events"] li')).toHaveCount(card.events.title.length);
		expect(await chartLabel(page, 'teacher-profile')).toMatch(/Самооценка: Кузнецова Елена Петровна/);

		// The groups table leaves as CSV with the card's numbers, in percent as on the page.
		const d = await download(page, () =>
			page.locator('[aria-labelledby="teacher-groups"] [data-export="csv"]').click()
		);
		const records = parseRecords(
			readFileSync(await d.path())
				.toString('utf8')
				.slice(1),
			';'
		).filter((r) => r.length > 1);
		expect(records[0]).toEqual(['Группа', 'Детей', 'Средний результат, % шкалы', 'На низком уровне']);
		expect(records.slice(1)).toEqual(
			card.groups.group.map((g, i) => [
				g,
				String(card.groups.n[i]),
				String(Math.round(1000 * card.groups.mean[i]) / 10).replace('.', ','),
				String(Math.round(1000 * card.groups.low[i]) / 10).replace('.', ',')
			])
		);
	});

	test('English on demand, Russian back', async () => {
		const { page } = shared;
		await page.getByRole('button', { name: 'English' }).click();
		await goToView(page, 'Overview');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('[data-list="findings"] li')).toHaveText(
			findings(expected.inputs, translator('en'), 'en')
		);
		await page.getByRole('button', { name: 'Русский' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('navigation')).toContainText('Обзор');
	});

	test('no serious or critical accessibility violations on any view', async () => {
		const { page } = shared;
		for (const view of [
			'Обзор',
			'Результаты детей',
			'Дефициты',
			'Связь',
			'План и соответствие',
			'Карта педагога (ИППР)',
			'Данные и качество',
			'Отчёт для педсовета'
		]) {
			if (view === 'Отчёт для педсовета') {
				await page.getByRole('link', { name: view }).click();
				await expect(page.locator('[data-report] [data-chart]').first()).toBeVisible();
			} else await goToView(page, view);
			await viewReady(page);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(
				bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				view
			).toEqual([]);
		}
		expect(shared.foreign).toEqual([]);
	});
});

test('a link reopens the same view and filters', async ({ page }) => {
	await page.goto(`/?view=linkage&area=${encodeURIComponent('Речевое развитие')}`);
	await engineReady(page);
	await expect(page.locator('main')).toHaveAttribute('data-view', 'linkage');
	await expect(page.locator('nav [aria-current="page"]')).toHaveText('Связь');
});

test.describe('hostile names', () => {
	test('a teacher named like markup shows as those characters, everywhere', async ({ app: p }) => {
		const hostile = '<img src=x onerror=alert(1)>';
		const dialogs: string[] = [];
		p.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const survey = `Отметка времени,ФИО,Должность,Знаю [ИКТ]\n01.10.2025 10:00:00,${hostile} Анна,воспитатель,Не владею\n01.10.2025 11:00:00,Иванова Анна,воспитатель,Владею\n`;
		await p.setInputFiles('#file-input', [
			{ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(survey) },
			{
				name: `${hostile}.csv`,
				mimeType: 'text/csv',
				buffer: Buffer.from('ФИО;Должность;Группа;Область\nИванова А.;воспитатель;<b>Г</b>;все\n')
			}
		]);
		await settled(p);
		for (const view of ['Дефициты', 'Данные и качество', 'Карта педагога (ИППР)']) {
			await goToView(p, view);
			await viewReady(p);
			await expect(p.locator('main img'), view).toHaveCount(0);
			await expect(p.locator('main b'), view).toHaveCount(0);
		}
		const options = await filter(p, 'teacher').locator('option').allTextContents();
		expect(
			options.some((o) => o.includes(hostile)),
			options.join(' | ')
		).toBe(true);
		await goToView(p, 'Дефициты');
		expect(await chartLabel(p, 'deficit-matrix')).toMatch(/<img src=x onerror=alert\(1\)>/);
		expect(dialogs).toEqual([]);
	});
});
