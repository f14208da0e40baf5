import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { benchJson, jsGzipKb } from './bench-json';

describe('npm run bench -- --json', () => {
	it('has every key the tracking reads, ratios over read_csv and null for what was not measured', () => {
		const load = (chartsMs: number, readCsvMs: number, longestBlockMs: number) => ({
			chartsMs,
			readCsvMs,
			longestBlockMs
		});
		const sample = load(1700, 40, 90);
		const wide = load(4500, 700, 289);
		const json = benchJson({
			engineMs: 1234.4,
			sample,
			wide1m: wide,
			long1m: load(3500, 350, 71),
			wide1mAll: load(5400, 720, 120),
			loads: [sample, wide],
			jsGzipKb: 702.3
		});
		expect(json).toEqual({
			engine_ms: 1234,
			sample_ms: 1700,
			wide_1m_ratio: 6.43,
			long_1m_ratio: 10,
			wide_1m_all_ratio: 7.5,
			filter_redraw_1m_ms: null,
			longest_block_ms: 289,
			native_read_csv_ms: null,
			js_gzip_kb: 702.3
		});
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it('counts the gzipped JavaScript of the build, nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sverka-js-'));
		mkdirSync(join(dir, 'chunks'));
		const code = 'export const a = 1;'.repeat(500);
		writeFileSync(join(dir, 'chunks/a.js'), code);
		writeFileSync(join(dir, 'big.wasm'), new Uint8Array(100_000));
		expect(jsGzipKb(dir)).toBe(Math.round((gzipSync(code, { level: 9 }).length / 1024) * 10) / 10);
	});
});
