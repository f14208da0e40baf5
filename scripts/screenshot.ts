/**
 * `npx tsx scripts/screenshot.ts [DIR]`: every view of the built page with the sample year, as a
 * methodist sees it at 1366 px (WIDTH to change), one PNG per view in DIR (default test-results/);
 * SAMPLE=school for the school's sample year.
 */
import { mkdirSync } from 'node:fs';
import { VIEWS } from '../src/lib/state/filters';
import { launch, newContext, openApp, viewReady } from '../tests/e2e/browser';
import { serveBuild } from './serve';

const dir = process.argv[2] ?? 'test-results';
mkdirSync(dir, { recursive: true });
const { server, origin } = await serveBuild();
const browser = await launch();
try {
	const page = await (await newContext(browser, Number(process.env.WIDTH ?? 1366), 900)).newPage();
	await openApp(page, origin);
	const school = process.env.SAMPLE === 'school';
	await page.getByRole('button', { name: school ? 'Пример школы' : 'Открыть пример' }).click();
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]');
	for (const [i, view] of VIEWS.entries()) {
		await page.locator('nav a').nth(i).click();
		await page.waitForFunction((v) => document.querySelector('main')?.dataset.view === v, view);
		if (view === 'teacher') {
			await page
				.locator('form.filters select[name="teacher"]')
				.selectOption(school ? 'орлова анна петровна' : 'кузнецова елена петровна');
			await page.waitForSelector('[data-chart="teacher-profile"] [data-echarts-ready="true"]');
		}
		if (view === 'draft') await page.waitForSelector('[data-testid="draft"][data-ready="true"]');
		else await viewReady(page);
		await page.screenshot({ path: `${dir}/view-${view}.png`, fullPage: true });
		console.log(`${dir}/view-${view}.png`);
	}
	// The report for the council is long: its first screen shows how it begins.
	await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
	await page.waitForSelector('[data-report] [data-chart] [data-echarts-ready="true"]');
	await viewReady(page, '[data-report]');
	await page.screenshot({ path: `${dir}/view-report.png` });
	console.log(`${dir}/view-report.png`);
} finally {
	await browser.close();
	server.close();
}
