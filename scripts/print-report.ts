/**
 * `npx tsx scripts/print-report.ts [DIR]`: the council's report on the sample year, printed by Chromium
 * to DIR/report.pdf (after `vite build`), to look at its pages with `pdftoppm`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, newContext, openApp } from '../tests/e2e/browser';
import { serveBuild } from './serve';

const dir = process.argv[2] ?? 'test-results';
mkdirSync(dir, { recursive: true });
const { server, origin } = await serveBuild();
const browser = await launch();
try {
	const page = await (await newContext(browser, 1366, 900)).newPage();
	await openApp(page, origin);
	await page.getByRole('button', { name: 'Открыть пример' }).click();
	await page.waitForSelector('main[data-busy="false"] [data-testid="load-summary"]');
	await page.getByRole('link', { name: 'Отчёт для педсовета' }).click();
	await page.waitForSelector('[data-report] [data-chart] [data-echarts-ready="true"]');
	// Every view's own query answered, then every chart of the report drawn, before printing.
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('[data-report] [data-query]')].every((q) => q.dataset.ready)
	);
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('[data-report] [data-chart] .chart')].every(
			(c) => c.dataset.echartsReady === 'true'
		)
	);
	await page.screenshot({ path: `${dir}/report-screen.png` });
	writeFileSync(`${dir}/report.pdf`, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	console.log(`${dir}/report.pdf`);
} finally {
	await browser.close();
	server.close();
}
