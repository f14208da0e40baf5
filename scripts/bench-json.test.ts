import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { benchJson, jsGzipKb, jsInitialGzipKb } from './bench-json';

describe('npm run bench -- --json', () => {
	it('has every key the tracking reads, ratios over read_csv and null for what was not measured', () => {
		const load = (chartsMs: number, readCsvMs: number, longestBlockMs: number) => ({
			chartsMs,
			readCsvMs,
			longestBlockMs
		});
		const sample = load(1700, 40, 90);
		const wide = load(4500, 700, 289);
		const figures = {
			engineMs: 1234.4,
			sample,
			wide1m: wide,
			long1m: load(3500, 350, 71),
			wide1mAll: load(5400, 720, 120),
			loads: [sample, wide],
			jsGzipKb: 702.3,
			jsInitialGzipKb: 151.1
		};
		const json = benchJson(figures);
		expect(json).toMatchObject({ native_read_csv_ms: null, wide_1m_native_ratio: null });
		expect(
			benchJson({
				...figures,
				long5m: { chartsMs: 30_000, readCsvMs: 6000, longestBlockMs: 40 },
				long5mMemoryMb: 812.6
			})
		).toMatchObject({ long_5m_ratio: 5, long_5m_memory_mb: 813 });
		// An export or a restore that blocked longer than any load is the longest block.
		expect(
			benchJson({ ...figures, exportBlockMs: 61.4, restoreBlockMs: 301.2, reloadBlockMs: 420 })
		).toMatchObject({
			longest_block_ms: 420,
			export_longest_block_ms: 61,
			restore_longest_block_ms: 301,
			reload_longest_block_ms: 420
		});
		expect(benchJson({ ...figures, nativeReadCsvMs: 350.4 })).toMatchObject({
			native_read_csv_ms: 350,
			wide_1m_native_ratio: 12.84,
			wasm_native_ratio: 2
		});
		expect(json).toEqual({
			engine_ms: 1234,
			sample_ms: 1700,
			wide_1m_ratio: 6.43,
			long_1m_ratio: 10,
			wide_1m_all_ratio: 7.5,
			filter_redraw_1m_ms: null,
			longest_block_ms: 289,
			export_longest_block_ms: null,
			restore_longest_block_ms: null,
			reload_longest_block_ms: null,
			native_read_csv_ms: null,
			wide_1m_native_ratio: null,
			wasm_native_ratio: null,
			columns_1000_ms: null,
			columns_10000_refused_ms: null,
			long_5m_ratio: null,
			long_5m_memory_mb: null,
			filter_query_1m_ms: null,
			js_gzip_kb: 702.3,
			js_initial_gzip_kb: 151.1
		});
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('counts the gzipped JavaScript of the build, and the part the page preloads', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sverka-js-'));
		mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true });
		const kb = (text: string) => Math.round((gzipSync(text, { level: 9 }).length / 1024) * 10) / 10;
		const first = 'export const a = 1;'.repeat(500);
		const later = 'export const b = [2, 3];'.repeat(700);
		writeFileSync(join(dir, '_app/immutable/chunks/first.js'), first);
		writeFileSync(join(dir, '_app/immutable/chunks/later.js'), later);
		writeFileSync(join(dir, 'big.wasm'), new Uint8Array(100_000));
		writeFileSync(
			join(dir, 'index.html'),
			'<link rel="modulepreload" href="./_app/immutable/chunks/first.js">'
		);
		expect(jsInitialGzipKb(dir)).toBe(kb(first));
		expect(jsGzipKb(dir)).toBeCloseTo(kb(first) + kb(later), 0);
	});
});
