/**
 * A static server for the built page (`build/`): used by the e2e tests and the bench, so both run the
 * page exactly as shipped. `tsx scripts/serve.ts [port]` serves it by hand.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../build/', import.meta.url));
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json'
};

export function serveBuild(port = 0): Promise<{ server: Server; origin: string }> {
	if (!existsSync(join(ROOT, 'index.html'))) throw new Error('build/ is missing: run `vite build` first');
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(ROOT, path);
		if (!file.startsWith(ROOT)) {
			response.writeHead(403).end();
			return;
		}
		if (!existsSync(file) || statSync(file).isDirectory()) file = join(ROOT, 'index.html');
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({ server, origin: `http://127.0.0.1:${actual}` });
		})
	);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const { origin } = await serveBuild(Number(process.argv[2] ?? 4173));
	console.log(`Sverka: ${origin}`);
}
