/**
 * Write `.br` and `.gz` beside every compressible file of `build/` (run after `vite build`; `npm run build`
 * does both), so `npm start` and any static server that looks for them send compressed bytes without
 * compressing on each request. The 34 MB DuckDB wasm becomes 6 MB of brotli, 7,7 MB of gzip.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|csv|webmanifest|txt)$/;
/** Brotli's best quality takes minutes on the wasm; 9 is within a few percent of it in seconds. */
const brotliQuality = (size: number) => (size > 4 << 20 ? 9 : 11);

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.test(entry.name)) yield path;
	}
}

export async function precompress(root: string): Promise<{ files: number; bytes: number; br: number }> {
	const totals = { files: 0, bytes: 0, br: 0 };
	for await (const path of files(root)) {
		const size = (await stat(path)).size;
		if (size < 1024) continue;
		const bytes = await readFile(path);
		const [br, gz] = await Promise.all([
			promisify(brotliCompress)(bytes, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: brotliQuality(size),
					[constants.BROTLI_PARAM_SIZE_HINT]: size
				}
			}),
			promisify(gzip)(bytes, { level: 9 })
		]);
		// A compressed copy no smaller than the file is no use to anyone.
		if (br.length < size) await writeFile(`${path}.br`, br);
		if (gz.length < size) await writeFile(`${path}.gz`, gz);
		totals.files++;
		totals.bytes += size;
		totals.br += Math.min(br.length, size);
	}
	return totals;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const root = fileURLToPath(new URL('../build/', import.meta.url));
	const started = performance.now();
	const { files: n, bytes, br } = await precompress(root);
	console.log(
		`precompressed ${n} files: ${(bytes / 2 ** 20).toFixed(1)} MB → ${(br / 2 ** 20).toFixed(1)} MB brotli in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}
