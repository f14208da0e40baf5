import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { packProject } from '../../src/lib/state/project';
import { download, expect, goToView, settled, test } from './harness';
import { samplePaths } from './samples';

/**
 * Issue 14.4 and 14.5 in the page: the council's draft decision edited and saved as Word, read back; then
 * the next sample year loaded with last year's project opened beside it, its planted changes on screen.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-decision-'));
const NEXT = new URL('../../data-samples/next-year/', import.meta.url);
const nextPaths = readdirSync(NEXT)
	.filter((n) => n.endsWith('.csv'))
	.map((n) => new URL(n, NEXT).pathname);

const draftReady = (page: Page) =>
	expect(page.locator('[data-testid="draft"]')).toHaveAttribute('data-ready', 'true');

async function loadDraft(page: Page, files: string[]): Promise<void> {
	await page.setInputFiles('#file-input', files);
	await settled(page);
	await goToView(page, 'Проект плана');
	await draftReady(page);
}

test.describe('the council decision and year over year', () => {
	let lastYear: string;
	test.beforeAll(async () => {
		// Last year's project, as the methodist saved it a year ago.
		const project = await packProject(
			{
				files: samplePaths.map((p) => ({ name: p.split('/').pop()!, data: new Blob([readFileSync(p)]) })),
				sheets: [],
				setups: [],
				resolved: [],
				areas: [],
				targets: []
			},
			''
		);
		lastYear = join(work, 'sverka-2026-05-30.sverka');
		writeFileSync(lastYear, new Uint8Array(await project.arrayBuffer()));
	});

	test('the draft decision is edited in the page and saved as Word with the edit', async ({ app: page }) => {
		await loadDraft(page, samplePaths);
		const council = page.getByTestId('council');
		await expect(council).toBeVisible();
		const responsible = council.locator('[data-table="council"] tr[data-row="1"] input').first();
		await responsible.fill('Кузнецова О.П.');
		// A look at another view and back keeps the edit.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await expect(council).toBeVisible();
		await expect(responsible).toHaveValue('Кузнецова О.П.');
		const docx = await download(page, () => council.getByTestId('council-docx').click());
		expect(docx.suggestedFilename()).toBe('Проект-решения-педсовета-2026-2027.docx');
		const path = join(work, 'decision.docx');
		await docx.saveAs(path);
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
		for (const word of [
			'Слушали',
			'Выступили',
			'Решили',
			'Кузнецова О.П.',
			'Применение ИКТ в образовательном процессе'
		])
			expect(xml, word).toContain(word);
		expect(xml, 'no survey answer is written').not.toContain('Владею');
		if (process.env.SVERKA_EXAMPLES)
			await council.screenshot({ path: join(process.env.SVERKA_EXAMPLES, 'sverka-council-decision.png') });

		// Printed, the decision goes alone, as text: not the draft table, not anyone's ИППР.
		await page.evaluate(() => (window.print = () => {}));
		await council.getByRole('button', { name: 'Печать' }).click();
		await expect(page.locator('body.print-council')).toHaveCount(1);
		const pdf = join(work, 'decision.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		await page.evaluate(() => document.body.classList.remove('print-council'));
		const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
		for (const word of ['Слушали', 'Выступили', 'Решили', 'Кузнецова О.П.'])
			expect(printed, word).toContain(word);
		expect(printed, 'the draft table does not print with it').not.toContain(
			'Проект плана методической работы на'
		);
		expect(printed, 'no ИППР').not.toContain('Индивидуальный план профессионального развития');
	});

	test('last year’s project beside this year’s files: the planted changes, with n', async ({ app: page }) => {
		await loadDraft(page, nextPaths);
		const yoy = page.getByTestId('year-over-year');
		await page.setInputFiles('[data-testid="yoy-file"]', lastYear);
		await expect(yoy).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
		const speech = yoy.locator('[data-table="yoy-prevalence"] tr[data-competency="Развитие речи детей"]');
		expect(await speech.innerText()).toMatch(/10 из 22[\s\S]*3 из 22[\s\S]*−32 п\./);
		const ict = yoy.locator(
			'[data-table="yoy-prevalence"] tr[data-competency="Применение ИКТ в образовательном процессе"] select'
		);
		await expect(ict).toHaveValue('Применение ИКТ в образовательной деятельности');
		const health = yoy.locator(
			'[data-table="yoy-events"] tr[data-event="Здоровьесберегающие технологии в режиме дня"]'
		);
		expect(await health.locator('[data-took]').innerText()).toMatch(/больше не отмечают 1 из 1/);
		expect(await health.locator('[data-did-not]').innerText()).toMatch(/больше не отмечают 2 из 9/);
		expect(await yoy.innerText()).toMatch(/не доказательство/);
		const { violations } = await new AxeBuilder({ page }).include('[data-testid="year-over-year"]').analyze();
		expect(
			violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
		if (process.env.SVERKA_EXAMPLES)
			await yoy.screenshot({ path: join(process.env.SVERKA_EXAMPLES, 'sverka-year-over-year.png') });
		// The methodist says the reworded competency is not the same one: it is no longer compared.
		await ict.selectOption('');
		await expect(
			yoy.locator(
				'[data-table="yoy-prevalence"] tr[data-competency="Применение ИКТ в образовательном процессе"] [data-change]'
			)
		).toHaveText('—');
		// Last year's project and the edited match stay after a look at another view.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await expect(yoy).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
		expect(await speech.innerText()).toMatch(/10 из 22[\s\S]*3 из 22/);
		await expect(ict).toHaveValue('');
	});
});
