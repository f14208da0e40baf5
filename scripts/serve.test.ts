import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild } from './serve';

/** Issues 17.10 and 15.5: what `npm start` sends, on a small build of its own in a temporary folder. */
const dir = mkdtempSync(join(tmpdir(), 'sverka-serve-'));
const root = join(dir, 'build') + '/';
const script = 'console.log("Сверка");'.repeat(100);
const POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; base-uri 'self'`;

let server: Server;
let port: number;
beforeAll(async () => {
	mkdirSync(join(root, '_app/immutable/chunks'), { recursive: true });
	mkdirSync(join(root, '_app/immutable/assets'), { recursive: true });
	writeFileSync(
		join(root, 'index.html'),
		`<html><head><meta http-equiv="content-security-policy" content="${POLICY.replaceAll("'", '&#39;')}"></head></html>`
	);
	writeFileSync(join(root, '_app/immutable/chunks/a.js'), script);
	writeFileSync(join(root, '_app/immutable/chunks/a.js.br'), brotliCompressSync(script));
	writeFileSync(join(root, '_app/immutable/chunks/a.js.gz'), gzipSync(script));
	writeFileSync(join(root, '_app/immutable/assets/duckdb.wasm'), new Uint8Array([0, 97, 115, 109]));
	writeFileSync(join(dir, 'secret.txt'), 'secret');
	const started = await serveBuild(0, root);
	server = started.server;
	port = Number(new URL(started.origin).port);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A raw request (fetch would refuse TRACE and decompress the body). */
function get(path: string, options: { method?: string; encoding?: string } = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			const req = httpRequest(
				{
					host: '127.0.0.1',
					port,
					path,
					method: options.method ?? 'GET',
					headers: options.encoding ? { 'accept-encoding': options.encoding } : {}
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c) => chunks.push(c));
					res.on('end', () =>
						resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
					);
				}
			);
			req.on('error', reject);
			req.end();
		}
	);
}

describe('the local server', () => {
	it('answers a malformed URL with 400 and keeps serving', async () => {
		expect((await get('/%zz')).status).toBe(400);
		expect((await get('/%E0%A4%A')).status).toBe(400);
		expect((await get('/')).status).toBe(200);
	});

	it('answers 405 to anything but GET and HEAD', async () => {
		for (const method of ['POST', 'PUT', 'DELETE', 'TRACE', 'PATCH']) {
			const r = await get('/', { method });
			expect(r.status, method).toBe(405);
			expect(r.headers.allow).toBe('GET, HEAD');
		}
		const head = await get('/_app/immutable/chunks/a.js', { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
	});

	it('sends the page’s CSP as a header with frame-ancestors, and nosniff, on every answer', async () => {
		for (const path of ['/', '/_app/immutable/chunks/a.js', '/%zz']) {
			const { headers } = await get(path);
			expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
			expect(headers['x-content-type-options']).toBe('nosniff');
		}
	});

	it('never serves a file outside the build', async () => {
		for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt'])
			expect((await get(path)).body.toString(), path).not.toContain('secret');
	});

	it('caches hashed assets for good and revalidates the page', async () => {
		const asset = await get('/_app/immutable/chunks/a.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.body.toString()).toBe(script);
		for (const path of ['/', '/index.html', '/?view=linkage'])
			expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
		// An asset a newer build replaced is missing, not the page in its place.
		expect((await get('/_app/immutable/chunks/gone.js')).status).toBe(404);
	});

	it('sends the precompressed copy the browser accepts, brotli first', async () => {
		const br = await get('/_app/immutable/chunks/a.js', { encoding: 'gzip, deflate, br, zstd' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('accept-encoding');
		expect(br.body.length).toBeLessThan(script.length / 10);
		const gz = await get('/_app/immutable/chunks/a.js', { encoding: 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
	});

	it('gives the DuckDB wasm its MIME type, so the browser can compile it while it downloads', async () => {
		const wasm = await get('/_app/immutable/assets/duckdb.wasm');
		expect(wasm.headers['content-type']).toBe('application/wasm');
		expect(wasm.headers['cache-control']).toContain('immutable');
	});
});
