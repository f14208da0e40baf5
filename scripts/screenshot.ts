/**
 * `npx tsx scripts/screenshot.ts [DIR]`: every view of the built page with the sample year, as a
 * methodist sees it at 1366 px (WIDTH to change), one PNG per view in DIR (default test-results/).
 */
import { mkdirSync } from 'node:fs';
import { launch, newContext, openApp } from '../tests/e2e/browser';
import { serveBuild } from './serve';

const dir = process.argv[2] ?? 'test-results';
mkdirSync(dir, { recursive: true });
const { server, origin } = await serveBuild();
const browser = await launch();
try {
	const page = await (await newContext(browser, Number(process.env.WIDTH ?? 1366), 900)).newPage();
	await openApp(page, origin);
	await page.getByRole('button', { name: 'Открыть пример' }).click();
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]');
	const views: [string, string][] = [
		['overview', ''],
		['outcomes', ''],
		['deficits', ''],
		['linkage', ''],
		['coverage', ''],
		['teacher', '&teacher=кузнецова елена петровна'],
		['quality', '']
	];
	for (const [view, extra] of views) {
		await page.locator('nav a').nth(views.findIndex(([v]) => v === view)).click();
		if (extra) await page.goto(`${origin}/?view=${view}${extra}`), await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]').catch(() => {});
		await page.waitForTimeout(800);
		await page.screenshot({ path: `${dir}/view-${view}.png`, fullPage: true });
		console.log(`${dir}/view-${view}.png`);
	}
} finally {
	await browser.close();
	server.close();
}
