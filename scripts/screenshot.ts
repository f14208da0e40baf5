/** `npx tsx scripts/screenshot.ts [out.png]`: the built page with the sample year, as a user sees it. */
import { launch, newContext, openApp } from '../tests/e2e/browser';
import { serveBuild } from './serve';

const out = process.argv[2] ?? 'test-results/page.png';
const { server, origin } = await serveBuild();
const browser = await launch();
try {
	const page = await (await newContext(browser, Number(process.env.WIDTH ?? 1366), 900)).newPage();
	await openApp(page, origin);
	await page.getByRole('button', { name: 'Открыть пример' }).click();
	await page.waitForSelector('[data-chart="deficit-prevalence"] [data-echarts-ready="true"]');
	if (process.env.OPEN_SETUP) await page.locator('tr[data-kind="outcomes"] button').click();
	await page.screenshot({ path: out, fullPage: true });
	console.log(out);
} finally {
	await browser.close();
	server.close();
}
