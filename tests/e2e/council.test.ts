import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { analyzeAll, type Analysis } from '../../src/lib/analysis';
import { findingsByTopic, inReadingOrder } from '../../src/lib/analysis/findings';
import { translator } from '../../src/lib/i18n';
import { deleteAllData, download, expect, goToView, settled, sharedPage, test, viewReady } from './harness';
import { sampleNames, samplePaths, withSamplesInNode } from './samples';

/**
 * What the head of school takes to the council: the printed report (PDF), the deck (PPTX), and the
 * project file that reopens the same analysis. `SVERKA_EXAMPLES=dir` keeps the PDF and PPTX made here.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-council-'));
const keep = (file: string, name: string) => {
	if (process.env.SVERKA_EXAMPLES) copyFileSync(file, join(process.env.SVERKA_EXAMPLES, name));
};

let expected: Analysis;

const downloaded = async (page: Page, button: Locator) => {
	const d = await download(page, () => button.click());
	const path = join(work, d.suggestedFilename());
	await d.saveAs(path);
	return { path, name: d.suggestedFilename() };
};
/** Share of pixels that are not paper-white in a binary PGM (P5) written by pdftoppm -gray. */
function inkShare(pgm: Buffer): number {
	const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
	const pixels = pgm.subarray(header[0].length);
	let ink = 0;
	for (const v of pixels) if (v < 235) ink++;
	return ink / pixels.length;
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const WEBINAR = 'Безопасность детей на прогулке: Направлено на компетенцию';

test.describe.serial('for the pedagogical council', () => {
	test.beforeAll(async () => {
		expected = await withSamplesInNode((engine) => analyzeAll(engine, translator('ru'), 'ru'));
	});
	const shared = sharedPage(async (page) => {
		await page.setInputFiles('#file-input', samplePaths);
		await settled(page);
	});

	test('the printed report: A4 landscape, a section per view, no chart cut by a page break', async () => {
		const { page } = shared;
		await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
		await page.waitForURL(/view=report/);
		// By default the report names no teacher's self-assessment; the methodist can ask for it.
		await expect(page.locator('[data-report] [data-named-left-out]')).toBeVisible();
		await expect(page.locator('[data-report] [data-chart="deficit-matrix"]')).toHaveCount(0);
		await page.locator('[data-named-in-report]').check();
		// Views fetch their data on their own: wait for the fact that each has its answer and every chart is drawn.
		await expect(page.locator('[data-report] [data-chart="deficit-matrix"]')).toHaveCount(1);
		await viewReady(page, '[data-report]');
		const drawn = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-report] [data-chart]')].map((f) => f.dataset.chart!)
		);
		expect(drawn).toEqual([
			'outcomes-by-area',
			'outcomes-heatmap',
			'levels',
			'dynamics',
			'deficit-prevalence',
			'profile',
			'deficit-matrix',
			'linkage-matrix',
			'linkage-scatter',
			'timeline'
		]);
		// The linkage's groups unnamed on paper, nor their n: a group's share of educators in deficit would name them.
		const scatter =
			(await page
				.locator('[data-report] [data-chart="linkage-scatter"] .chart')
				.getAttribute('aria-label')) ?? '';
		expect(scatter).not.toMatch(/n = \d/);
		expect(scatter).not.toMatch(/Младшая|Средняя|Старшая|Подготовительная/);
		expect(scatter).toContain('Группы не подписаны');
		const captions = await page.locator('[data-report] .print-caption').allTextContents();
		const titles = await page
			.locator('[data-report] figure[data-chart] > p.visually-hidden')
			.allTextContents();
		const pdf = join(work, 'report.pdf');
		writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		keep(pdf, 'sverka-report-sample.pdf');

		const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
		const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
		const [w, h] = info
			.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!
			.slice(1)
			.map(Number);
		expect(Math.abs(w - 842) < 2 && Math.abs(h - 595) < 2, `A4 landscape, got ${w}×${h}`).toBe(true);
		const text = Array.from({ length: pages }, (_, i) =>
			squash(execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' }))
		);

		// A section per view, each from a new page; the overview follows the title on the first.
		expect(text[0].startsWith('Сверка: дефициты педагогов')).toBe(true);
		expect(text[0]).toContain('Обзор');
		expect(text[0]).toMatch(/учебный год · Отчёт для педагогического совета/);
		for (const section of ['Результаты детей', 'Дефициты', 'Связь', 'План и соответствие', 'Исходные данные'])
			expect(
				text.some((t) => t.startsWith(section)),
				`a page begins with «${section}»`
			).toBe(true);
		expect(text.join(' ')).toContain(
			squash(findingsByTopic(expected.inputs, translator('ru'), 'ru').linkage[0])
		);

		// Every chart is whole on one page: its title, drawn at the top inside the chart, shares the page with
		// «Рис. N», printed under it.
		expect(captions.length).toBe(drawn.length);
		expect(titles.length).toBe(drawn.length);
		for (const [i, title] of titles.entries()) {
			const caption = `Рис. ${i + 1}.`;
			const onPages = text.flatMap((t, p) => (t.includes(caption) ? [p] : []));
			expect(onPages.length, caption).toBe(1);
			const onPage = text[onPages[0]];
			const words = squash(title).split(' ').slice(0, 3).join(' ');
			expect(onPage, `«${words}» on the page of ${caption}`).toContain(words);
			// The caption adds how to read the chart; it does not repeat the title drawn in it.
			expect(squash(captions[i]).startsWith(words), `${caption} repeats its title`).toBe(false);
			expect(onPage, caption).toContain(squash(captions[i]).split(' ').slice(0, 4).join(' '));
		}

		// Rendered, no page is blank.
		execFileSync('pdftoppm', ['-r', '20', '-gray', pdf, join(work, 'page')]);
		const images = readdirSync(work).filter((f) => /^page-\d+\.pgm$/.test(f));
		expect(images.length).toBe(pages);
		for (const image of images)
			expect(inkShare(readFileSync(join(work, image))), `${image} has something printed`).toBeGreaterThan(
				0.01
			);
	});

	test('the deck: title, findings, a slide per key chart with its finding, the coverage table', async () => {
		const { page } = shared;
		const { path, name } = await downloaded(page, page.getByRole('button', { name: 'Презентация PPTX' }));
		expect(name).toMatch(/^Сверка-\d{4}-\d\d-\d\d\.pptx$/);
		keep(path, 'sverka-council-sample.pptx');
		const files = unzipSync(new Uint8Array(readFileSync(path)));
		const slides = Object.keys(files)
			.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
			.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
			.map((n) => ({
				xml: strFromU8(files[n]),
				text: [...strFromU8(files[n]).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')
			}));
		const topics = findingsByTopic(expected.inputs, translator('ru'), 'ru');
		const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

		expect(slides[0].text).toMatch(/^Сверка: дефициты педагогов/);
		const said = slides
			.filter((s) => s.text.startsWith('Выводы'))
			.map((s) => s.text)
			.join('');
		for (const f of [...topics.outcomes, ...topics.deficits, ...topics.linkage, ...topics.coverage])
			expect(said, f).toContain(xmlText(f));
		// Chart slides: a picture, and under it the finding it shows.
		const charts = slides.filter((s) => s.xml.includes('<p:pic>'));
		expect(charts.length).toBe(4);
		expect(charts[0].text).toContain(xmlText(topics.outcomes[0]));
		expect(charts[1].text).toContain(xmlText(topics.deficits[0]));
		expect(charts[3].text).toContain(xmlText(topics.linkage[0]));
		expect(inReadingOrder(expected.inputs.linkage)[0].verdict).toBe('linked');
		const pictures = Object.keys(files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
		expect(pictures.length).toBe(4);
		for (const p of pictures) expect(files[p].length, `${p} is a real chart`).toBeGreaterThan(20_000);
		// The coverage table with every deficit and its status.
		const first = slides.findIndex((s) => s.text.startsWith('Обеспеченность дефицитов'));
		const next = slides.findIndex((s) => s.text.startsWith('Приоритеты'));
		expect(slides[first].xml).toContain('<a:tbl>');
		// At 18 pt the table continues over the next slides, its header repeated.
		const coverage = slides
			.slice(first, next)
			.map((s) => s.text)
			.join(' ');
		for (const row of expected.coverage)
			expect(coverage, row.competency).toContain(row.competency.split(' ')[0]);
		expect(coverage).toMatch(/нет мероприятий/);
		// Numbers as the page writes them, and nothing under 18 pt but the cover's source line.
		const priorities = slides.find((s) => s.text.startsWith('Приоритеты'))!;
		expect(priorities.text).toMatch(/\d+(,\d)? %/);
		for (const s of slides.slice(1)) {
			expect(s.text, `a decimal point on «${s.text.slice(0, 40)}»`).not.toMatch(/\d\.\d/);
			const sizes = [...s.xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
			expect(
				Math.min(...sizes),
				`${Math.min(...sizes)} pt on «${s.text.slice(0, 40)}»`
			).toBeGreaterThanOrEqual(18);
		}
	});

	test('the project file: save, clear the browser, open — the same analysis and the same corrections', async () => {
		const { page } = shared;
		await goToView(page, 'Данные и качество');
		await page.getByLabel(WEBINAR).selectOption('Здоровьесберегающие технологии');
		await expect(page.locator('main[data-busy="false"][data-saved="true"]')).toHaveCount(1, {
			timeout: 60_000
		});
		await goToView(page, 'Обзор');
		const findingsBefore = await page.locator('[data-list="findings"] li').allTextContents();
		const scoresBefore = await page.locator('[data-table="priorities"] [data-score]').allTextContents();
		await goToView(page, 'План и соответствие');
		const statuses = () =>
			page
				.locator('[data-table="coverage"] tr[data-status]')
				.evaluateAll((rows) =>
					rows.map((r) => `${r.getAttribute('data-competency')}: ${r.getAttribute('data-status')}`)
				);
		const statusesBefore = await statuses();
		const { path, name } = await downloaded(page, page.getByRole('button', { name: 'Сохранить проект' }));
		expect(name).toMatch(/^sverka-\d{4}-\d\d-\d\d\.sverka$/);

		await goToView(page, 'Данные и качество');
		await deleteAllData(page);
		await expect(page.locator('[data-testid="load-summary"]')).toHaveCount(0);

		// A table where a project belongs is refused, in words, and nothing is lost.
		await page.setInputFiles('#project-input', samplePaths[0]);
		await expect(page.getByTestId('notice')).toHaveText(/не файл проекта Сверки/);

		await page.setInputFiles('#project-input', path);
		await settled(page);
		await page.waitForURL(/view=coverage/);
		await expect(page.getByTestId('notice')).toHaveText(/Открыт проект, сохранённый/);
		expect(await statuses()).toEqual(statusesBefore);
		await goToView(page, 'Обзор');
		expect(await page.locator('[data-list="findings"] li').allTextContents()).toEqual(findingsBefore);
		expect(await page.locator('[data-table="priorities"] [data-score]').allTextContents()).toEqual(
			scoresBefore
		);
		await goToView(page, 'Данные и качество');
		await expect(page.getByLabel(WEBINAR)).toHaveValue('Здоровьесберегающие технологии');
		await expect(page.locator('tr[data-file]')).toHaveCount(sampleNames.length);

		// A project dropped together with tables is not mixed into them: said so, the session kept.
		await page.setInputFiles('#file-input', [path, samplePaths[0]]);
		await expect(page.getByTestId('notice')).toHaveText(/открывается отдельно/);
		await expect(page.locator('tr[data-file]')).toHaveCount(sampleNames.length);
	});
});
