import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { analyzeAll } from '../../src/lib/analysis';
import { isPriority } from '../../src/lib/analysis/draft-plan';
import { translator } from '../../src/lib/i18n';
import { goToView, newContext, openApp, settled, useBuiltApp } from './browser';
import { samplePaths, withSamplesInNode } from './samples';

/**
 * Issue 14: the methodist builds next year's draft on the sample year, edits a row, saves it as a plan and
 * drops it back in place of this year's plan; every priority deficit is then covered.
 */
const work = mkdtempSync(join(tmpdir(), 'sverka-draft-'));
const app = useBuiltApp();
let page: Page;
let priorities: string[];

before(async () => {
	priorities = await withSamplesInNode(async (engine) =>
		(await analyzeAll(engine, translator('ru'), 'ru')).priorities.filter(isPriority).map((p) => p.competency)
	);
	await app.ready();
	page = await (await newContext(app.browser)).newPage();
	await openApp(page, app.origin);
	await page.setInputFiles('#file-input', samplePaths);
	await settled(page);
});

const draftReady = () =>
	page.waitForSelector('[data-testid="draft"][data-ready="true"]', { timeout: 30_000 });

describe('draft plan for next year', () => {
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
		await page.setInputFiles('#file-input', [...others, path]);
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
