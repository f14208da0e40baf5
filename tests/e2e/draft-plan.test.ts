import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAll } from '../../src/lib/analysis';
import { draftInputs } from '../../src/lib/analysis/draft-data';
import { buildDraft, isPriority } from '../../src/lib/analysis/draft-plan';
import { ipprPages } from '../../src/lib/analysis/ippr';
import { translator } from '../../src/lib/i18n';
import { download, expect, goToView, settled, sharedPage, test } from './harness';
import { samplePaths, withSamplesInNode } from './samples';

/**
 * Issue 14: the methodist builds next year's draft on the sample year, edits a row, saves it as a plan and
 * drops it back in place of this year's plan; every priority deficit is then covered. The ИППР pages print
 * one per teacher. `SVERKA_EXAMPLES=dir` keeps the ИППР PDF made here.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-draft-'));
let priorities: string[];
/** The ИППР pages the unedited draft gives, in print order. */
let ippr: { teacher: string; learn: number }[];

test.describe.serial('draft plan for next year', () => {
	test.beforeAll(async () => {
		({ priorities, ippr } = await withSamplesInNode(async (engine) => {
			const analysis = await analyzeAll(engine, translator('ru'), 'ru');
			const inputs = await draftInputs(engine, analysis);
			const pages = ipprPages(buildDraft(inputs, 'ru'), inputs.survey, analysis.coverage, inputs.schoolYear);
			return {
				priorities: analysis.priorities.filter(isPriority).map((p) => p.competency),
				ippr: pages.map((p) => ({ teacher: p.teacher, learn: p.learn.length }))
			};
		}));
	});
	const shared = sharedPage(async (page) => {
		await page.setInputFiles('#file-input', samplePaths);
		await settled(page);
	});
	const draftReady = () =>
		expect(shared.page.locator('[data-testid="draft"]')).toHaveAttribute('data-ready', 'true');

	test('ИППР: one printed page per teacher, only the pages, and none of them in the council report', async () => {
		const { page } = shared;
		await goToView(page, 'Проект плана');
		await draftReady();
		// The print dialog is the browser's; what it prints is what page.pdf() renders in print media.
		await page.evaluate(() => (window.print = () => {}));
		await page.getByTestId('ippr-print').click();
		await expect(page.locator('body.print-ippr')).toHaveCount(1);
		const pdf = join(work, 'ippr.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		await page.evaluate(() => document.body.classList.remove('print-ippr'));
		if (process.env.SVERKA_EXAMPLES)
			copyFileSync(pdf, join(process.env.SVERKA_EXAMPLES, 'sverka-ippr-sample.pdf'));
		const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
		expect(
			ippr.length,
			`a page for each teacher with a deficit or an event to host (${ippr.length})`
		).toBeGreaterThanOrEqual(20);
		expect(pages, 'one page per teacher').toBe(ippr.length);
		for (const [i, p] of ippr.entries()) {
			const text = execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], {
				encoding: 'utf8'
			});
			expect(text, `page ${i + 1}`).toMatch(/Индивидуальный план профессионального развития на 2026\/2027/);
			expect(text, `page ${i + 1} is ${p.teacher}'s`).toContain(p.teacher);
			for (const other of ippr)
				if (other !== p) expect(text, other.teacher).not.toContain(other.teacher + '\n');
			expect(text, 'the draft table does not print with it').not.toContain(
				'Проект плана методической работы'
			);
			if (p.learn) expect(text).toMatch(/Отчитаться\s+до/);
		}

		// The table and the open pages are usable with a screen reader and a keyboard.
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(
			violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);

		// Personal: the council's report carries none of it.
		await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
		await expect(page.locator('[data-report]')).toHaveCount(1);
		await expect(page.locator('[data-ippr], [data-ippr-page]')).toHaveCount(0);
		expect(await page.locator('main').innerText()).not.toContain(
			'Индивидуальный план профессионального развития'
		);
		await goToView(page, 'Обзор');
	});

	test('built, edited, saved as a plan and dropped back: every priority deficit is covered', async () => {
		const { page } = shared;
		await goToView(page, 'Проект плана');
		await draftReady();
		const rows = page.locator('[data-table="draft"] tbody tr');
		await expect(rows, 'one event per priority deficit').toHaveCount(priorities.length);
		for (const competency of priorities)
			expect(
				await page
					.locator('[data-table="draft"] select[aria-label="Компетенция (дефицит)"]')
					.evaluateAll((selects, c) => selects.some((s) => (s as HTMLSelectElement).value === c), competency),
				competency
			).toBe(true);

		// The methodist makes the last event a coaching session in March under her own title.
		const last = rows.last();
		await last.getByLabel('Форма работы', { exact: true }).selectOption({ label: 'коучинг-сессия' });
		await last.getByLabel('Мероприятие', { exact: true }).fill('Наши трудности и шаги: коучинг');
		await last.getByLabel('Сроки', { exact: true }).selectOption({ label: 'Март 2027' });

		// A look at the coverage and back keeps the edits.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await draftReady();
		await expect(rows.last().getByLabel('Мероприятие', { exact: true })).toHaveValue(
			'Наши трудности и шаги: коучинг'
		);

		const plan = await download(page, () =>
			page.locator('[data-testid="draft"] [data-export="csv"]').click()
		);
		expect(plan.suggestedFilename()).toBe('План-методической-работы-2026-2027.csv');
		const path = join(work, plan.suggestedFilename());
		await plan.saveAs(path);
		const text = readFileSync(path, 'utf8');
		expect(text).toMatch(
			/^\uFEFF№;Мероприятие;Форма работы;Сроки;Ответственный;Участники;Компетенция \(дефицит\);/
		);
		expect(text).toMatch(/Наши трудности и шаги: коучинг;коучинг-сессия;Март 2027;/);

		// Next year: the same files, this year's plan replaced by the draft, dropped where files are dropped.
		await goToView(page, 'Данные и качество');
		const others = samplePaths.filter((p) => !p.includes('plan-methodical-work'));
		expect(others.length).toBe(samplePaths.length - 1);
		// A drop adds to the set: the methodist replaces the whole set, next year's plan instead of this one's.
		await page.getByRole('button', { name: 'Заменить все файлы…' }).click();
		await expect(page.getByTestId('replace-ask')).toBeVisible();
		await page.setInputFiles('#replace-input', [...others, path]);
		await expect(page.getByTestId('undo')).toBeVisible({ timeout: 60_000 });
		await settled(page);
		await goToView(page, 'План и соответствие');
		await expect(page.locator('[data-table="coverage"] tbody tr').first()).toBeVisible();
		for (const competency of priorities)
			await expect(
				page.locator(`[data-table="coverage"] tr[data-competency="${competency}"]`),
				competency
			).toHaveAttribute('data-status', 'covered');
		await expect(
			page.locator('[data-table="coverage"] li', { hasText: 'Наши трудности и шаги: коучинг' }),
			'the edited event is read back'
		).toHaveCount(1);
	});
});
