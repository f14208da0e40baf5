/**
 * A static server for the built page (`build/`): used by `npm start`, the e2e tests and the bench, so all
 * run the page exactly as shipped. `tsx scripts/serve.ts [port]` serves it by hand.
 *
 * What it sends is what the README asks of any host: hashed assets cached for good, the rest revalidated,
 * precompressed copies by Accept-Encoding, the app's CSP as a header (with `frame-ancestors`, which a
 * `<meta>` cannot carry), and nothing but GET and HEAD.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_ROOT = fileURLToPath(new URL('../build/', import.meta.url));
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json'
};
/** Vite names these by their content hash: a new build gives new names, so a copy never goes stale. */
const IMMUTABLE = '/_app/immutable/';
const ENCODINGS = [
	{ name: 'br', suffix: '.br' },
	{ name: 'gzip', suffix: '.gz' }
] as const;

/**
 * The page's own CSP (SvelteKit writes it into index.html with the hashes of its inline script), sent as a
 * header too, where `frame-ancestors` works: no other page may frame Sverka and read its data.
 */
function contentSecurityPolicy(root: string): string {
	const html = readFileSync(join(root, 'index.html'), 'utf8');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
	const policy =
		meta?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ??
		"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self' blob: data:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'";
	return `${policy}; frame-ancestors 'none'`;
}

/** The file a URL path names inside `root`, or an HTTP status when there is none to give. */
export function resolvePath(root: string, url: string | undefined): string | 400 | 403 | 404 {
	let path: string;
	try {
		// Any page may send `GET /%zz`: a malformed escape is a bad request, not an uncaught URIError.
		path = decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
	} catch {
		return 400;
	}
	if (path.includes('\0')) return 400;
	const file = join(root, normalize(path));
	if (!(file + sep).startsWith(root.endsWith(sep) ? root : root + sep)) return 403;
	if (existsSync(file) && statSync(file).isFile()) return file;
	// A missing hashed asset is an old page asking for a file a new build replaced: say so, not index.html.
	if (path.startsWith(IMMUTABLE)) return 404;
	return join(root, 'index.html');
}

export function serveBuild(port = 0, root = DEFAULT_ROOT): Promise<{ server: Server; origin: string }> {
	if (!existsSync(join(root, 'index.html'))) throw new Error('build/ is missing: run `vite build` first');
	const security = {
		'content-security-policy': contentSecurityPolicy(root),
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'no-referrer'
	};
	const handle = (request: IncomingMessage, response: ServerResponse) => {
		for (const [name, value] of Object.entries(security)) response.setHeader(name, value);
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		const file = resolvePath(root, request.url);
		if (typeof file === 'number') {
			response.writeHead(file).end();
			return;
		}
		const immutable = file.startsWith(join(root, IMMUTABLE));
		const accepted = String(request.headers['accept-encoding'] ?? '');
		const encoding = ENCODINGS.find(
			(e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(file + e.suffix)
		);
		const sent = encoding ? file + encoding.suffix : file;
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(sent).size,
			// index.html and the sample files are checked on every visit; hashed assets never change.
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding',
			...(encoding ? { 'content-encoding': encoding.name } : {})
		});
		if (request.method === 'HEAD') response.end();
		else
			createReadStream(sent)
				.on('error', () => response.destroy())
				.pipe(response);
	};
	const server = createServer((request, response) => {
		try {
			handle(request, response);
		} catch {
			// Whatever one request does, the server stays up for the next.
			if (!response.headersSent) response.writeHead(500);
			response.end();
		}
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
