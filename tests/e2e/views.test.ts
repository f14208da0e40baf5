import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeAll, type Analysis } from '../../src/lib/analysis';
import { findings } from '../../src/lib/analysis/findings';
import { keyFigures, outcomesHeatmap, teacherCard, type TeacherCard } from '../../src/lib/analysis/views';
import { translator } from '../../src/lib/i18n';
import readXlsxFile from 'read-excel-file/universal';
import { parseRecords } from '../../src/lib/ingest/csv-head';
import { goToView, newContext, openApp, useBuiltApp, viewReady, watchForeignRequests } from './browser';
import { samplePaths, withSamplesInNode } from './samples';

const app = useBuiltApp();
let page: Page;
let foreign: string[];
/** The same analysis, computed in Node from the same files: what every view must show. */
let expected: Analysis;
let figures: Awaited<ReturnType<typeof keyFigures>>;
let heatmap: Awaited<ReturnType<typeof outcomesHeatmap>>;
let card: TeacherCard;
const TEACHER = 'кузнецова елена петровна';

before(async () => {
	await withSamplesInNode(async (engine) => {
		expected = await analyzeAll(engine, translator('ru'), 'ru');
		figures = await keyFigures(engine);
		heatmap = await outcomesHeatmap(engine, 'Сентябрь 2025');
		card = await teacherCard(engine, TEACHER);
	});

	await app.ready();
	page = await (await newContext(app.browser)).newPage();
	foreign = watchForeignRequests(page, app.origin);
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', samplePaths);
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]', { timeout: 60_000 });
});

const nav = (name: string, p: Page = page) => goToView(p, name);
const ariaOf = async (id: string) => {
	// The view's answer to the current filters, drawn: an older answer may still be on screen before it.
	await viewReady(page);
	await page.waitForSelector(`[data-chart="${id}"] [data-echarts-ready="true"]`, { timeout: 30_000 });
	return (await page.locator(`[data-chart="${id}"] .chart`).getAttribute('aria-label')) ?? '';
};
const pct = (x: number) => Math.round(100 * x);
const filter = (p: Page, name: 'period' | 'group' | 'area' | 'teacher') =>
	p.locator(`form.filters select[name="${name}"]`);

describe('the dashboard on the sample year', () => {
	test('overview: key figures, the findings and the priorities of the analysis', async () => {
		await nav('Обзор');
		for (const [key, value] of Object.entries(figures)) {
			assert.equal(Number(await page.locator(`[data-figure="${key}"] strong`).textContent()), value, key);
		}
		const shown = await page.locator('[data-list="findings"] li').allTextContents();
		assert.deepEqual(shown, findings(expected.inputs, translator('ru'), 'ru'));
		const first = page.locator('[data-table="priorities"] tbody tr').first();
		assert.equal(await first.getAttribute('data-competency'), expected.priorities[0].competency);
	});

	test('outcomes: the heatmap shows the period chosen in the filter, as the analysis computes it', async () => {
		await nav('Результаты детей');
		await filter(page, 'period').selectOption('Сентябрь 2025');
		await page.waitForURL(/period=/);
		// The chart redraws after its query: wait for the fact (its label names the period), not for time.
		await page.waitForFunction(
			() =>
				/Сентябрь 2025/.test(
					document.querySelector('[data-chart="outcomes-heatmap"] .chart')?.getAttribute('aria-label') ?? ''
				),
			undefined,
			{ timeout: 30_000 }
		);
		const text = await ariaOf('outcomes-heatmap');
		const r = heatmap.groups.indexOf('Старшая «Теремок»');
		const c = heatmap.areas.indexOf('Речевое развитие');
		assert.match(text, new RegExp(`Старшая «Теремок»: [^;]*Речевое развитие — ${pct(heatmap.mean[r][c])}`));
		for (const id of ['outcomes-by-area', 'levels', 'dynamics'])
			assert.ok((await ariaOf(id)).length > 20, id);
	});

	test('filters survive switching views and live in the URL', async () => {
		await filter(page, 'group').selectOption('Старшая «Радуга»');
		await page.waitForURL(/group=/);
		await nav('Дефициты');
		assert.equal(await filter(page, 'period').inputValue(), 'Сентябрь 2025');
		assert.equal(await filter(page, 'group').inputValue(), 'Старшая «Радуга»');
		const url = new URL(page.url());
		assert.deepEqual(
			[url.searchParams.get('view'), url.searchParams.get('period'), url.searchParams.get('group')],
			['deficits', 'Сентябрь 2025', 'Старшая «Радуга»']
		);
		// The group filter keeps the teachers of that group: its two воспитатели and those working with all groups.
		const matrix = await ariaOf('deficit-matrix');
		assert.match(matrix, /Морозова Людмила Ивановна/);
		assert.doesNotMatch(matrix, /Иванова Анна Андреевна/);
		await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
		await page.waitForURL((u) => !u.search.includes('group='));
	});

	test('deficits: prevalence as the analysis counts it', async () => {
		const text = await ariaOf('deficit-prevalence');
		for (const row of expected.coverage) {
			assert.match(text, new RegExp(`${row.competency}: ${row.teachers_in_deficit} из ${row.respondents}`));
		}
	});

	test('linkage: the planted link with its numbers, the matrix and the scatter', async () => {
		await nav('Связь');
		const speech = expected.linkage.find((l) => l.competency === 'Развитие речи детей')!;
		const summary = (await page.getByTestId('linkage-summary').textContent()) ?? '';
		assert.match(summary, /^связь выявлена/);
		// A minus sign, not a hyphen, as the page writes numbers.
		const effect = (100 * speech.effect!).toFixed(1).replace('.', ',').replace('-', '−');
		assert.ok(summary.includes(effect), summary);
		assert.match(summary, /групп: 10, с дефицитом: 5/);
		assert.ok(
			(await ariaOf('linkage-matrix')).includes(
				`Развитие речи детей × Речевое развитие: ${effect} (связь выявлена)`
			)
		);
		assert.match((await page.getByTestId('linkage-mdd').textContent()) ?? '', /Минимальная разница/);
		assert.match(
			(await page.locator('[data-table="linkage-balance"]').textContent()) ?? '',
			/подготовительная/
		);
		assert.match(await ariaOf('linkage-scatter'), /Младшая «Ягодка»: 100 %/);
		assert.match((await page.getByRole('note').textContent()) ?? '', /не доказательство причины/);
	});

	test('plan coverage: the seed table with the statuses of the analysis, over-supply and the timeline', async () => {
		await nav('План и соответствие');
		for (const row of expected.coverage) {
			const tr = page.locator(`[data-table="coverage"] tr[data-competency="${row.competency}"]`);
			assert.equal(await tr.getAttribute('data-status'), row.status, row.competency);
			assert.match(
				(await tr.textContent()) ?? '',
				new RegExp(`охвачено ${row.teachers_reached_in_time} из ${row.teachers_in_deficit}`)
			);
		}
		assert.equal(await page.locator('[data-list="oversupply"] li').count(), expected.oversupply.length);

		// The table leaves as CSV (Excel, Russian locale) and XLSX with the same cells.
		const save = async (type: string) => {
			const [d] = await Promise.all([
				page.waitForEvent('download'),
				page.locator(`[aria-labelledby="coverage-title"] [data-export="${type}"]`).click()
			]);
			return readFileSync(await d.path());
		};
		const csv = (await save('csv')).toString('utf8');
		assert.ok(
			csv.startsWith('\uFEFFВыявленные тенденции;Темы методической работы;Выявленное соответствие\r\n')
		);
		const records = parseRecords(csv.slice(1), ';').filter((r) => r.length > 1);
		assert.equal(records.length, expected.coverage.length + 1);
		assert.match(records[1][0], /^Применение ИКТ в образовательном процессе \(дефицит у 11 из 22/);
		assert.match(records[1][2], /^нет мероприятий/);
		const [sheet] = await readXlsxFile(new Uint8Array(await save('xlsx')).buffer as ArrayBuffer);
		// An empty cell reads back as null from XLSX and as '' from CSV: the same nothing.
		assert.deepEqual(
			sheet.data.map((row) => row.map((v) => v ?? '')),
			records
		);
		assert.match(await ariaOf('timeline'), /Мнемотехника в развитии связной речи/);
	});

	test('teacher card: deficits, events and the events on their deficits that miss them', async () => {
		await nav('Карта педагога (ИППР)');
		await filter(page, 'teacher').selectOption(TEACHER);
		await page.waitForURL(/teacher=/);
		await page.waitForSelector('[data-list="teacher-deficits"]');
		const deficits = await page.locator('[data-list="teacher-deficits"] li').allTextContents();
		assert.deepEqual(
			deficits,
			card.deficits.competency.filter((_, i) => card.deficits.isDeficit[i])
		);
		assert.equal(await page.locator('[data-list="teacher-events"] li').count(), card.events.title.length);
		assert.match(await ariaOf('teacher-profile'), /Самооценка: Кузнецова Елена Петровна/);

		// The groups table leaves as CSV with the card's numbers, in percent as on the page.
		const [d] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[aria-labelledby="teacher-groups"] [data-export="csv"]').click()
		]);
		const records = parseRecords(
			readFileSync(await d.path())
				.toString('utf8')
				.slice(1),
			';'
		).filter((r) => r.length > 1);
		assert.deepEqual(records[0], ['Группа', 'Детей', 'Средний % шкалы', 'На низком уровне']);
		assert.deepEqual(
			records.slice(1),
			card.groups.group.map((g, i) => [
				g,
				String(card.groups.n[i]),
				String(Math.round(1000 * card.groups.mean[i]) / 10).replace('.', ','),
				String(Math.round(1000 * card.groups.low[i]) / 10).replace('.', ',')
			])
		);
	});

	test('English on demand, Russian back', async () => {
		await page.getByRole('button', { name: 'English' }).click();
		await nav('Overview');
		assert.equal(await page.locator('html').getAttribute('lang'), 'en');
		await page.waitForFunction(() =>
			document.querySelector('[data-list="findings"] li')?.textContent?.startsWith('Outcomes')
		);
		assert.deepEqual(
			await page.locator('[data-list="findings"] li').allTextContents(),
			findings(expected.inputs, translator('en'), 'en')
		);
		await page.getByRole('button', { name: 'Русский' }).click();
		assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
		assert.match((await page.getByRole('navigation').textContent()) ?? '', /Обзор/);
	});

	test('no serious or critical accessibility violations on any view', async () => {
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
				await page.waitForSelector('[data-report] [data-chart]');
			} else await nav(view);
			await viewReady(page);
			const { violations } = await new AxeBuilder({ page }).analyze();
			const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			assert.deepEqual(
				bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				[],
				view
			);
		}
		assert.deepEqual(foreign, []);
	});

	test('a link reopens the same view and filters', async () => {
		const fresh = await (await newContext(app.browser)).newPage();
		await fresh.goto(`${app.origin}/?view=linkage&area=${encodeURIComponent('Речевое развитие')}`);
		await fresh.waitForSelector('main[data-engine="ready"]');
		assert.equal(await fresh.locator('main').getAttribute('data-view'), 'linkage');
		assert.equal(await fresh.locator('nav [aria-current="page"]').textContent(), 'Связь');
		await fresh.close();
	});
});

describe('hostile names', () => {
	test('a teacher named like markup shows as those characters, everywhere', async () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const p = await (await newContext(app.browser)).newPage();
		const dialogs: string[] = [];
		p.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await openApp(p, app.origin);
		const survey = `Отметка времени,ФИО,Должность,Знаю [ИКТ]\n01.10.2025 10:00:00,${hostile} Анна,воспитатель,Не владею\n01.10.2025 11:00:00,Иванова Анна,воспитатель,Владею\n`;
		await p.setInputFiles('#file-input', [
			{ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(survey) },
			{
				name: `${hostile}.csv`,
				mimeType: 'text/csv',
				buffer: Buffer.from('ФИО;Должность;Группа;Область\nИванова А.;воспитатель;<b>Г</b>;все\n')
			}
		]);
		await p.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]', { timeout: 60_000 });
		for (const view of ['Дефициты', 'Данные и качество', 'Карта педагога (ИППР)']) {
			await nav(view, p);
			await viewReady(p);
			assert.equal(await p.locator('main img').count(), 0, view);
			assert.equal(await p.locator('main b').count(), 0, view);
		}
		const options = await filter(p, 'teacher').locator('option').allTextContents();
		assert.ok(
			options.some((o) => o.includes(hostile)),
			options.join(' | ')
		);
		await nav('Дефициты', p);
		await p.waitForSelector('[data-chart="deficit-matrix"] [data-echarts-ready="true"]');
		assert.match(
			(await p.locator('[data-chart="deficit-matrix"] .chart').getAttribute('aria-label')) ?? '',
			/<img src=x onerror=alert\(1\)>/
		);
		assert.deepEqual(dialogs, []);
	});
});
