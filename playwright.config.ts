import { defineConfig } from '@playwright/test';
import { CHROMIUM, CONTEXT, FLAGS } from './tests/e2e/browser';

/**
 * The e2e tests drive Debian's Chromium (nothing downloaded) against the built page served as shipped, by
 * `scripts/serve.ts`. The port comes from the clone's path, so clones on one machine do not share a server.
 */
const port =
	Number(process.env.SVERKA_E2E_PORT) ||
	41_000 + [...process.cwd()].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1000, 0);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '*.test.ts',
	outputDir: 'test-results/e2e',
	// The CI machine has two cores. Measured on a shared 2-core machine: the suite took 6.1 min with two
	// workers, 7.1 with one (8.9 on the old node:test harness); both passed every test.
	workers: 2,
	retries: 0,
	reporter: 'list',
	forbidOnly: !!process.env.CI,
	// A test loads whole sample years into DuckDB-wasm, and exports and prints them, on a busy machine.
	timeout: 120_000,
	expect: { timeout: 30_000 },
	globalSetup: './tests/e2e/global-setup.ts',
	webServer: {
		command: `npx tsx scripts/serve.ts ${port}`,
		url: origin,
		reuseExistingServer: false,
		stdout: 'ignore'
	},
	use: {
		...CONTEXT,
		baseURL: origin,
		browserName: 'chromium',
		headless: true,
		launchOptions: { executablePath: CHROMIUM, args: FLAGS },
		trace: 'off',
		screenshot: 'off'
	}
});
