import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Sample CSVs and the DuckDB wasm must stay files of their own: data: URLs would bloat the bundle.
	build: {
		assetsInlineLimit: 0,
		chunkSizeWarningLimit: 2000,
		minify: process.env.SVERKA_PROFILE ? false : undefined
	},
	server: { fs: { allow: ['data-samples'] } },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// Hooks load whole sample years into DuckDB-wasm; on a busy 2-core machine that passes 10 s.
		hookTimeout: 60_000,
		env: { TZ: 'Europe/Moscow' }
	}
});
