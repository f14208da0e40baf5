import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeAll } from '../../src/lib/analysis';
import { draftInputs } from '../../src/lib/analysis/draft-data';
import { buildDraft, isPriority } from '../../src/lib/analysis/draft-plan';
import { ipprPages } from '../../src/lib/analysis/ippr';
import { translator } from '../../src/lib/i18n';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';
import { samplePaths, withSamplesInNode } from './samples';

/**
 * Issue 14: the methodist builds next year's draft on the sample year, edits a row, saves it as a plan and
 * drops it back in place of this year's plan; every priority deficit is then covered. The ИППР pages print
 * one per teacher. `SVERKA_EXAMPLES=dir` keeps the ИППР PDF made here.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-draft-'));
const app = useBuiltApp();
let page: Page;
let priorities: string[];
/** The ИППР pages the unedited draft gives, in print order. */
let ippr: { teacher: string; learn: number }[];

before(async () => {
	({ priorities, ippr } = await withSamplesInNode(async (engine) => {
		const analysis = await analyzeAll(engine, translator('ru'), 'ru');
		const inputs = await draftInputs(engine, analysis);
		const pages = ipprPages(buildDraft(inputs, 'ru'), inputs.survey, analysis.coverage, inputs.schoolYear);
		return {
			priorities: analysis.priorities.filter(isPriority).map((p) => p.competency),
			ippr: pages.map((p) => ({ teacher: p.teacher, learn: p.learn.length }))
		};
	}));
	await app.ready();
	page = await (await newContext(app.browser)).newPage();
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', samplePaths);
	await settled(page);
});

const draftReady = () =>
	page.waitForSelector('[data-testid="draft"][data-ready="true"]', { timeout: 30_000 });

describe('draft plan for next year', () => {
	test('ИППР: one printed page per teacher, only the pages, and none of them in the council report', async () => {
		await goToView(page, 'Проект плана');
		await draftReady();
		// The print dialog is the browser's; what it prints is what page.pdf() renders in print media.
		await page.evaluate(() => (window.print = () => {}));
		await page.getByTestId('ippr-print').click();
		await page.waitForSelector('body.print-ippr');
		const pdf = join(work, 'ippr.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		await page.evaluate(() => document.body.classList.remove('print-ippr'));
		if (process.env.SVERKA_EXAMPLES)
			copyFileSync(pdf, join(process.env.SVERKA_EXAMPLES, 'sverka-ippr-sample.pdf'));
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
		assert.ok(
			ippr.length >= 20,
			`a page for each teacher with a deficit or an event to host (${ippr.length})`
		);
		assert.equal(pages, ippr.length, 'one page per teacher');
		for (const [i, p] of ippr.entries()) {
			const text = execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], {
				encoding: 'utf8'
			});
			assert.match(text, /Индивидуальный план профессионального развития на 2026\/2027/, `page ${i + 1}`);
			assert.ok(text.includes(p.teacher), `page ${i + 1} is ${p.teacher}'s`);
			for (const other of ippr)
				if (other !== p) assert.ok(!text.includes(other.teacher + '\n'), other.teacher);
			assert.ok(!text.includes('Проект плана методической работы'), 'the draft table does not print with it');
			if (p.learn) assert.match(text, /Отчитаться\s+до/);
		}

		// The table and the open pages are usable with a screen reader and a keyboard.
		const { violations } = await new AxeBuilder({ page }).analyze();
		assert.deepEqual(
			violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			[]
		);

		// Personal: the council's report carries none of it.
		await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
		await page.waitForSelector('[data-report]');
		assert.equal(await page.locator('[data-ippr], [data-ippr-page]').count(), 0);
		assert.ok(
			!(await page.locator('main').innerText()).includes('Индивидуальный план профессионального развития')
		);
		await goToView(page, 'Обзор');
	});

	test('built, edited, saved as a plan and dropped back: every priority deficit is covered', async () => {
		await goToView(page, 'Проект плана');
		await draftReady();
		const rows = page.locator('[data-table="draft"] tbody tr');
		assert.equal(await rows.count(), priorities.length, 'one event per priority deficit');
		for (const competency of priorities)
			assert.ok(
				await page
					.locator('[data-table="draft"] select[aria-label="Компетенция (дефицит)"]')
					.evaluateAll((selects, c) => selects.some((s) => (s as HTMLSelectElement).value === c), competency),
				competency
			);

		// The methodist makes the last event a coaching session in March under her own title.
		const last = rows.last();
		await last.getByLabel('Форма работы', { exact: true }).selectOption({ label: 'коучинг-сессия' });
		await last.getByLabel('Мероприятие', { exact: true }).fill('Наши трудности и шаги: коучинг');
		await last.getByLabel('Сроки', { exact: true }).selectOption({ label: 'Март 2027' });

		// A look at the coverage and back keeps the edits.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await draftReady();
		assert.equal(
			await rows.last().getByLabel('Мероприятие', { exact: true }).inputValue(),
			'Наши трудности и шаги: коучинг'
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-testid="draft"] [data-export="csv"]').click()
		]);
		assert.equal(download.suggestedFilename(), 'План-методической-работы-2026-2027.csv');
		const path = join(work, download.suggestedFilename());
		await download.saveAs(path);
		const text = readFileSync(path, 'utf8');
		assert.match(
			text,
			/^\uFEFF№;Мероприятие;Форма работы;Сроки;Ответственный;Участники;Компетенция \(дефицит\);/
		);
		assert.match(text, /Наши трудности и шаги: коучинг;коучинг-сессия;Март 2027;/);

		// Next year: the same files, this year's plan replaced by the draft, dropped where files are dropped.
		await goToView(page, 'Данные и качество');
		const others = samplePaths.filter((p) => !p.includes('plan-methodical-work'));
		assert.equal(others.length, samplePaths.length - 1);
		// A drop adds to the set: the methodist replaces the whole set, next year's plan instead of this one's.
		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		await page.getByTestId('replace-ask').waitFor();
		await page.setInputFiles('#replace-input', [...others, path]);
		await page.getByTestId('undo').waitFor();
		await settled(page);
		await goToView(page, 'План и соответствие');
		await page.waitForSelector('[data-table="coverage"] tbody tr');
		for (const competency of priorities) {
			const row = page.locator(`[data-table="coverage"] tr[data-competency="${competency}"]`);
			assert.equal(await row.getAttribute('data-status'), 'covered', competency);
		}
		assert.equal(
			await page.locator('[data-table="coverage"] li', { hasText: 'Наши трудности и шаги: коучинг' }).count(),
			1,
			'the edited event is read back'
		);
	});
});
