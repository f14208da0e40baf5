import type { Server } from 'node:http';
import { serveBuild } from '../../scripts/serve';
import { CONTEXT, openApp } from './browser';
import { expect, settled, test } from './harness';

/**
 * Issues 15.5 and 17.10 in Chromium: with the server's CSP header on, the engine starts and the sample
 * year draws with no violation, and a second visit takes the 34 MB wasm from the browser's cache. A server
 * of its own, to count the requests for the wasm.
 */
let server: Server;
let origin: string;
const wasmRequests: string[] = [];
// The compressed copies it needs are written before any test (global-setup.ts).
test.beforeAll(async () => {
	({ server, origin } = await serveBuild());
	server.on('request', (request) => {
		if (request.url?.endsWith('.wasm')) wasmRequests.push(request.url);
	});
});
test.afterAll(() => {
	server?.close();
});

test('the app runs under its CSP header, and the DuckDB wasm is downloaded once for two visits', async ({
	browser
}) => {
	const context = await browser.newContext(CONTEXT);
	try {
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		const response = await page.goto(origin + '/');
		expect(response?.headers()['content-security-policy'] ?? '').toMatch(/frame-ancestors 'none'/);
		await expect(page.locator('main[data-engine="ready"]')).toHaveCount(1, { timeout: 60_000 });
		await page.getByRole('button', { name: 'Открыть пример' }).click();
		await settled(page);
		await page.getByRole('navigation').getByRole('link', { name: 'Результаты детей' }).click();
		await expect(page.locator('[data-chart="outcomes-by-area"] .chart')).toHaveAttribute(
			'data-echarts-ready',
			'true',
			{ timeout: 60_000 }
		);
		await openApp(page, origin);
		expect(violations).toEqual([]);
		expect(wasmRequests.length, wasmRequests.join(', ')).toBe(1);
	} finally {
		await context.close();
	}
});
