/**
 * `npm run bench -- --json`: the bench's figures as one JSON object, for tracking them run to run
 * (issue 15.8). Ratios are drop → first chart over DuckDB-wasm's own `read_csv` on the same bytes in the
 * same run; a figure the bench does not measure is null, never a guess.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoadFigures {
	chartsMs: number;
	readCsvMs: number;
	longestBlockMs: number;
}

export interface BenchJson {
	engine_ms: number;
	sample_ms: number;
	wide_1m_ratio: number | null;
	long_1m_ratio: number | null;
	wide_1m_all_ratio: number | null;
	filter_redraw_1m_ms: number | null;
	/** The longest block of every load, the deck's export and the restore. */
	longest_block_ms: number;
	/**
	 * The longest block while the sample year's deck is exported, and while a 1 M + all session is restored
	 * when the page is opened again.
	 */
	export_longest_block_ms: number | null;
	restore_longest_block_ms: number | null;
	/**
	 * The same restore by a reload. Both restores' blocks come at the page's boot (its first 100–200 ms) and
	 * vary 0–160 ms run to run with 0–10 ms of main-thread work in them (Chromium's trace): the main thread
	 * waits for a core while DuckDB's worker starts (its wasm compiled or read from the cache) and, on a
	 * reload, the old page's worker is torn down.
	 */
	reload_longest_block_ms: number | null;
	native_read_csv_ms: number | null;
	/** Wide 1 M: drop → chart, and DuckDB-wasm's read_csv, over native DuckDB's read_csv (issue 15.7). */
	wide_1m_native_ratio: number | null;
	wasm_native_ratio: number | null;
	/** A file of 1 000 columns, drop → loaded (issue 15.6). */
	columns_1000_ms: number | null;
	/** A file of 10 000 columns, drop → refused in words. */
	columns_10000_refused_ms: number | null;
	/** 5 M long rows: drop → chart over read_csv, and DuckDB's memory after the load (issue 15.6). */
	long_5m_ratio: number | null;
	long_5m_memory_mb: number | null;
	/** The queries of `filter_redraw_1m_ms`. */
	filter_query_1m_ms: number | null;
	js_gzip_kb: number;
	/** The part of it index.html preloads: what a first visit waits for before the page runs. */
	js_initial_gzip_kb: number;
}

const ratio = (load?: LoadFigures) =>
	load && load.readCsvMs > 0 ? Math.round((load.chartsMs / load.readCsvMs) * 100) / 100 : null;

const rounded = (ms?: number) => (ms === undefined || Number.isNaN(ms) ? null : Math.round(ms));
const over = (ms?: number, reference?: number) =>
	ms !== undefined && reference ? Math.round((ms / reference) * 100) / 100 : null;

export function benchJson(figures: {
	engineMs: number;
	sample: LoadFigures;
	wide1m?: LoadFigures;
	long1m?: LoadFigures;
	wide1mAll?: LoadFigures;
	/** Every load the bench timed, for the longest block among them. */
	loads: LoadFigures[];
	filterRedraw1mMs?: number;
	nativeReadCsvMs?: number;
	columns1000Ms?: number;
	columns10000RefusedMs?: number;
	long5m?: LoadFigures;
	long5mMemoryMb?: number;
	filterQuery1mMs?: number;
	exportBlockMs?: number;
	restoreBlockMs?: number;
	reloadBlockMs?: number;
	jsGzipKb: number;
	jsInitialGzipKb: number;
}): BenchJson {
	return {
		engine_ms: Math.round(figures.engineMs),
		sample_ms: Math.round(figures.sample.chartsMs),
		wide_1m_ratio: ratio(figures.wide1m),
		long_1m_ratio: ratio(figures.long1m),
		wide_1m_all_ratio: ratio(figures.wide1mAll),
		filter_redraw_1m_ms: rounded(figures.filterRedraw1mMs),
		longest_block_ms: Math.round(
			Math.max(
				0,
				...figures.loads.map((l) => l.longestBlockMs),
				figures.exportBlockMs ?? 0,
				figures.restoreBlockMs ?? 0,
				figures.reloadBlockMs ?? 0
			)
		),
		export_longest_block_ms: rounded(figures.exportBlockMs),
		restore_longest_block_ms: rounded(figures.restoreBlockMs),
		reload_longest_block_ms: rounded(figures.reloadBlockMs),
		native_read_csv_ms: rounded(figures.nativeReadCsvMs),
		wide_1m_native_ratio: over(figures.wide1m?.chartsMs, figures.nativeReadCsvMs),
		wasm_native_ratio: over(figures.wide1m?.readCsvMs, figures.nativeReadCsvMs),
		columns_1000_ms: rounded(figures.columns1000Ms),
		columns_10000_refused_ms: rounded(figures.columns10000RefusedMs),
		long_5m_ratio: ratio(figures.long5m),
		long_5m_memory_mb: rounded(figures.long5mMemoryMb),
		filter_query_1m_ms: rounded(figures.filterQuery1mMs),
		js_gzip_kb: figures.jsGzipKb,
		js_initial_gzip_kb: figures.jsInitialGzipKb
	};
}

const gzipKb = (paths: string[]) =>
	Math.round(
		(paths.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0) / 1024) * 10
	) / 10;

/** All the JavaScript of the build (the DuckDB worker and chunks loaded later included), gzipped: KB. */
export function jsGzipKb(root: string): number {
	const paths: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.js')) paths.push(path);
		}
	};
	walk(root);
	return gzipKb(paths);
}

/** The JavaScript index.html loads and preloads, gzipped: KB. */
export function jsInitialGzipKb(root: string): number {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const scripts = new Set(Array.from(html.matchAll(/(?:href|src)="\.?\/?(_app\/[^"]+\.js)"/g), (m) => m[1]));
	return gzipKb([...scripts].map((path) => join(root, path)));
}
