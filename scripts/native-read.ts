/**
 * The physical reference for `npm run bench` (issue 15.7): native DuckDB (`@duckdb/node-api`, the same
 * DuckDB version as the page's wasm build) reading the same bytes with the options the page's
 * `read_csv` uses, on one thread as the wasm build has. Windows-1251 bytes are re-encoded to UTF-8
 * first (outside the timing), as the page does before DuckDB reads them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export async function nativeReadCsvMs(path: string, encoding = 'windows-1251'): Promise<number> {
	const text = new TextDecoder(encoding).decode(readFileSync(path));
	const header = text.slice(0, text.indexOf('\n')).split(';');
	const dir = mkdtempSync(join(tmpdir(), 'sverka-native-'));
	const utf8 = join(dir, 'input.csv');
	writeFileSync(utf8, text);
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '1',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false'
	});
	const connection = await instance.connect();
	try {
		const columns = header.map((_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
		const start = performance.now();
		await connection.run(
			`CREATE TABLE data AS SELECT * FROM read_csv('${utf8.replace(/'/g, "''")}', auto_detect=false,
			 columns={${columns}}, header=false, skip=1, delim=';', quote='"', escape='"', comment='',
			 null_padding=true, parallel=false, store_rejects=true)`
		);
		return performance.now() - start;
	} finally {
		connection.closeSync();
		instance.closeSync();
		rmSync(dir, { recursive: true, force: true });
	}
}
