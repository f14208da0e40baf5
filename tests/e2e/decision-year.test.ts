import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { packProject } from '../../src/lib/state/project';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';
import { samplePaths } from './samples';

/**
 * Issue 14.4 and 14.5 in the page: the council's draft decision edited and saved as Word, read back; then
 * the next sample year loaded with last year's project opened beside it, its planted changes on screen.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-decision-'));
const app = useBuiltApp();
const NEXT = new URL('../../data-samples/next-year/', import.meta.url);
const nextPaths = readdirSync(NEXT)
	.filter((n) => n.endsWith('.csv'))
	.map((n) => new URL(n, NEXT).pathname);

async function pageWith(files: string[]): Promise<Page> {
	await app.ready();
	const page = await (await newContext(app.browser)).newPage();
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', files);
	await settled(page);
	await goToView(page, 'Проект плана');
	await page.waitForSelector('[data-testid="draft"][data-ready="true"]', { timeout: 30_000 });
	return page;
}

describe('the council decision and year over year', () => {
	let lastYear: string;
	before(async () => {
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

	test('the draft decision is edited in the page and saved as Word with the edit', async () => {
		const page = await pageWith(samplePaths);
		const council = page.getByTestId('council');
		await council.waitFor();
		const responsible = council.locator('[data-table="council"] tr[data-row="1"] input').first();
		await responsible.fill('Кузнецова О.П.');
		// A look at another view and back keeps the edit.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await council.waitFor();
		assert.equal(await responsible.inputValue(), 'Кузнецова О.П.');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			council.getByTestId('council-docx').click()
		]);
		assert.equal(download.suggestedFilename(), 'Проект-решения-педсовета-2026-2027.docx');
		const path = join(work, 'decision.docx');
		await download.saveAs(path);
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
		for (const word of [
			'Слушали',
			'Выступили',
			'Решили',
			'Кузнецова О.П.',
			'Применение ИКТ в образовательном процессе'
		])
			assert.ok(xml.includes(word), word);
		assert.ok(!xml.includes('Владею'), 'no survey answer is written');
		if (process.env.SVERKA_EXAMPLES)
			await council.screenshot({ path: join(process.env.SVERKA_EXAMPLES, 'sverka-council-decision.png') });

		// Printed, the decision goes alone, as text: not the draft table, not anyone's ИППР.
		await page.evaluate(() => (window.print = () => {}));
		await council.getByRole('button', { name: 'Печать' }).click();
		await page.waitForSelector('body.print-council');
		const pdf = join(work, 'decision.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
		await page.evaluate(() => document.body.classList.remove('print-council'));
		const printed = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
		for (const word of ['Слушали', 'Выступили', 'Решили', 'Кузнецова О.П.'])
			assert.ok(printed.includes(word), word);
		assert.ok(
			!printed.includes('Проект плана методической работы на'),
			'the draft table does not print with it'
		);
		assert.ok(!printed.includes('Индивидуальный план профессионального развития'), 'no ИППР');
		await page.context().close();
	});

	test('last year’s project beside this year’s files: the planted changes, with n', async () => {
		const page = await pageWith(nextPaths);
		const yoy = page.getByTestId('year-over-year');
		await page.setInputFiles('[data-testid="yoy-file"]', lastYear);
		await page.waitForSelector('[data-testid="year-over-year"][data-ready="true"]', { timeout: 60_000 });
		const speech = yoy.locator('[data-table="yoy-prevalence"] tr[data-competency="Развитие речи детей"]');
		assert.match(await speech.innerText(), /10 из 22[\s\S]*3 из 22[\s\S]*−32 п\./);
		const ict = yoy.locator(
			'[data-table="yoy-prevalence"] tr[data-competency="Применение ИКТ в образовательном процессе"] select'
		);
		assert.equal(await ict.inputValue(), 'Применение ИКТ в образовательной деятельности');
		const health = yoy.locator(
			'[data-table="yoy-events"] tr[data-event="Здоровьесберегающие технологии в режиме дня"]'
		);
		assert.match(await health.locator('[data-took]').innerText(), /больше не отмечают 1 из 1/);
		assert.match(await health.locator('[data-did-not]').innerText(), /больше не отмечают 2 из 9/);
		assert.match(await yoy.innerText(), /не доказательство/);
		const { violations } = await new AxeBuilder({ page }).include('[data-testid="year-over-year"]').analyze();
		assert.deepEqual(
			violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			[]
		);
		if (process.env.SVERKA_EXAMPLES)
			await yoy.screenshot({ path: join(process.env.SVERKA_EXAMPLES, 'sverka-year-over-year.png') });
		// The methodist says the reworded competency is not the same one: it is no longer compared.
		await ict.selectOption('');
		await page.waitForFunction(
			() =>
				document.querySelector(
					'[data-table="yoy-prevalence"] tr[data-competency="Применение ИКТ в образовательном процессе"] [data-change]'
				)?.textContent === '—'
		);
		// Last year's project and the edited match stay after a look at another view.
		await goToView(page, 'План и соответствие');
		await goToView(page, 'Проект плана');
		await page.waitForSelector('[data-testid="year-over-year"][data-ready="true"]', { timeout: 60_000 });
		assert.match(await speech.innerText(), /10 из 22[\s\S]*3 из 22/);
		assert.equal(await ict.inputValue(), '');
		await page.context().close();
	});
});
