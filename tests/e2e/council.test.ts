import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { analyzeAll, type Analysis } from '../../src/lib/analysis';
import { findingsByTopic, inReadingOrder } from '../../src/lib/analysis/findings';
import { translator } from '../../src/lib/i18n';
import { deleteAllData, goToView, newContext, openApp, settled, useBuiltApp, viewReady } from './browser';
import { sampleNames, samplePaths, withSamplesInNode } from './samples';

/**
 * What the head of school takes to the council: the printed report (PDF), the deck (PPTX), and the
 * project file that reopens the same analysis. `SVERKA_EXAMPLES=dir` keeps the PDF and PPTX made here.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-council-'));
const keep = (file: string, name: string) => {
	if (process.env.SVERKA_EXAMPLES) copyFileSync(file, join(process.env.SVERKA_EXAMPLES, name));
};

const app = useBuiltApp();
let page: Page;
let expected: Analysis;

before(async () => {
	expected = await withSamplesInNode((engine) => analyzeAll(engine, translator('ru'), 'ru'));
	await app.ready();
	page = await (await newContext(app.browser)).newPage();
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', samplePaths);
	await settled(page);
});

const nav = (name: string) => goToView(page, name);
const downloaded = async (click: () => Promise<void>) => {
	const [d] = await Promise.all([page.waitForEvent('download'), click()]);
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
const WEBINAR = 'Безопасность детей на прогулке: Адресует компетенцию';

describe('for the pedagogical council', () => {
	test('the printed report: A4 landscape, a section per view, no chart cut by a page break', async () => {
		await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
		await page.waitForURL(/view=report/);
		// By default the report names no teacher's self-assessment; the methodist can ask for it.
		await page.waitForSelector('[data-report] [data-named-left-out]');
		assert.equal(await page.locator('[data-report] [data-chart="deficit-matrix"]').count(), 0);
		await page.locator('[data-named-in-report]').check();
		// Views fetch their data on their own: wait for the fact that each has its answer and every chart is drawn.
		await viewReady(page, '[data-report]');
		const drawn = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-report] [data-chart]')].map((f) => f.dataset.chart!)
		);
		assert.deepEqual(drawn, [
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
		assert.ok(Math.abs(w - 842) < 2 && Math.abs(h - 595) < 2, `A4 landscape, got ${w}×${h}`);
		const text = Array.from({ length: pages }, (_, i) =>
			squash(execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' }))
		);

		// A section per view, each from a new page; the overview follows the title on the first.
		assert.ok(text[0].startsWith('Сверка: дефициты педагогов'));
		assert.ok(text[0].includes('Обзор'));
		for (const section of ['Результаты детей', 'Дефициты', 'Связь', 'План и соответствие', 'Исходные данные'])
			assert.ok(
				text.some((t) => t.startsWith(section)),
				`a page begins with «${section}»`
			);
		assert.ok(
			text.join(' ').includes(squash(findingsByTopic(expected.inputs, translator('ru'), 'ru').linkage[0]))
		);

		// Every chart is whole on one page: its title, drawn at the top inside the chart, shares the page with
		// «Рис. N», printed under it.
		assert.equal(captions.length, drawn.length);
		assert.equal(titles.length, drawn.length);
		for (const [i, title] of titles.entries()) {
			const caption = `Рис. ${i + 1}.`;
			const onPages = text.flatMap((t, p) => (t.includes(caption) ? [p] : []));
			assert.equal(onPages.length, 1, caption);
			const page = text[onPages[0]];
			const words = squash(title).split(' ').slice(0, 3).join(' ');
			assert.ok(page.includes(words), `«${words}» on the page of ${caption}`);
			// The caption adds how to read the chart; it does not repeat the title drawn in it.
			assert.ok(!squash(captions[i]).startsWith(words), `${caption} repeats its title`);
			assert.ok(page.includes(squash(captions[i]).split(' ').slice(0, 4).join(' ')), caption);
		}

		// Rendered, no page is blank.
		execFileSync('pdftoppm', ['-r', '20', '-gray', pdf, join(work, 'page')]);
		const images = readdirSync(work).filter((f) => /^page-\d+\.pgm$/.test(f));
		assert.equal(images.length, pages);
		for (const image of images)
			assert.ok(inkShare(readFileSync(join(work, image))) > 0.01, `${image} has something printed`);
	});

	test('the deck: title, findings, a slide per key chart with its finding, the coverage table', async () => {
		const { path, name } = await downloaded(() =>
			page.getByRole('button', { name: 'Презентация PPTX' }).click()
		);
		assert.match(name, /^Сверка-\d{4}-\d\d-\d\d\.pptx$/);
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

		assert.match(slides[0].text, /^Сверка: дефициты педагогов/);
		const said = slides
			.filter((s) => s.text.startsWith('Выводы'))
			.map((s) => s.text)
			.join('');
		for (const f of [...topics.outcomes, ...topics.deficits, ...topics.linkage, ...topics.coverage])
			assert.ok(said.includes(xmlText(f)), f);
		// Chart slides: a picture, and under it the finding it shows.
		const charts = slides.filter((s) => s.xml.includes('<p:pic>'));
		assert.equal(charts.length, 4);
		assert.ok(charts[0].text.includes(xmlText(topics.outcomes[0])));
		assert.ok(charts[1].text.includes(xmlText(topics.deficits[0])));
		assert.ok(charts[3].text.includes(xmlText(topics.linkage[0])));
		assert.equal(inReadingOrder(expected.inputs.linkage)[0].verdict, 'linked');
		const pictures = Object.keys(files).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
		assert.equal(pictures.length, 4);
		for (const p of pictures) assert.ok(files[p].length > 20_000, `${p} is a real chart`);
		// The coverage table with every deficit and its status.
		const first = slides.findIndex((s) => s.text.startsWith('Обеспеченность дефицитов'));
		const next = slides.findIndex((s) => s.text.startsWith('Приоритеты'));
		assert.ok(slides[first].xml.includes('<a:tbl>'));
		// At 18 pt the table continues over the next slides, its header repeated.
		const coverage = {
			text: slides
				.slice(first, next)
				.map((s) => s.text)
				.join(' ')
		};
		for (const row of expected.coverage)
			assert.ok(coverage.text.includes(row.competency.split(' ')[0]), row.competency);
		assert.match(coverage.text, /нет мероприятий/);
		// Numbers as the page writes them, and nothing under 18 pt but the cover's source line.
		const priorities = slides.find((s) => s.text.startsWith('Приоритеты'))!;
		assert.match(priorities.text, /\d+(,\d)? %/);
		for (const s of slides.slice(1)) {
			assert.doesNotMatch(s.text, /\d\.\d/, `a decimal point on «${s.text.slice(0, 40)}»`);
			const sizes = [...s.xml.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
			assert.ok(Math.min(...sizes) >= 18, `${Math.min(...sizes)} pt on «${s.text.slice(0, 40)}»`);
		}
	});

	test('the project file: save, clear the browser, open — the same analysis and the same corrections', async () => {
		await nav('Данные и качество');
		await page.getByLabel(WEBINAR).selectOption('Здоровьесберегающие технологии');
		await page.waitForSelector('main[data-busy="false"][data-saved="true"]');
		await nav('Обзор');
		const findingsBefore = await page.locator('[data-list="findings"] li').allTextContents();
		const scoresBefore = await page.locator('[data-table="priorities"] [data-score]').allTextContents();
		await nav('План и соответствие');
		const statusesBefore = await page
			.locator('[data-table="coverage"] tr[data-status]')
			.evaluateAll((rows) =>
				rows.map((r) => `${r.getAttribute('data-competency')}: ${r.getAttribute('data-status')}`)
			);
		const { path, name } = await downloaded(() =>
			page.getByRole('button', { name: 'Сохранить проект' }).click()
		);
		assert.match(name, /^sverka-\d{4}-\d\d-\d\d\.sverka$/);

		await nav('Данные и качество');
		await deleteAllData(page);
		assert.equal(await page.locator('[data-testid="load-summary"]').count(), 0);

		// A table where a project belongs is refused, in words, and nothing is lost.
		await page.setInputFiles('#project-input', samplePaths[0]);
		await page.waitForSelector('[data-testid="notice"]');
		assert.match((await page.getByTestId('notice').textContent()) ?? '', /не файл проекта Сверки/);

		await page.setInputFiles('#project-input', path);
		await settled(page);
		await page.waitForURL(/view=coverage/);
		assert.match((await page.getByTestId('notice').textContent()) ?? '', /Открыт проект, сохранённый/);
		assert.deepEqual(
			await page
				.locator('[data-table="coverage"] tr[data-status]')
				.evaluateAll((rows) =>
					rows.map((r) => `${r.getAttribute('data-competency')}: ${r.getAttribute('data-status')}`)
				),
			statusesBefore
		);
		await nav('Обзор');
		assert.deepEqual(await page.locator('[data-list="findings"] li').allTextContents(), findingsBefore);
		assert.deepEqual(
			await page.locator('[data-table="priorities"] [data-score]').allTextContents(),
			scoresBefore
		);
		await nav('Данные и качество');
		assert.equal(await page.getByLabel(WEBINAR).inputValue(), 'Здоровьесберегающие технологии');
		assert.equal(await page.locator('tr[data-file]').count(), sampleNames.length);

		// A project dropped together with tables is not mixed into them: said so, the session kept.
		await page.setInputFiles('#file-input', [path, samplePaths[0]]);
		await page.waitForSelector('[data-testid="notice"]');
		assert.match((await page.getByTestId('notice').textContent()) ?? '', /открывается отдельно/);
		assert.equal(await page.locator('tr[data-file]').count(), sampleNames.length);
	});
});
