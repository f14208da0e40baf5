import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from '../../scripts/precompress';

/**
 * The compressed copies `npm run build` writes beside the build, written once before any test: the page is
 * tested as shipped, and no test is served a copy another test is still writing. Without them Chromium
 * fetched the 34 MB wasm again on a second visit (it did not keep an entry that large); the 6 MB of
 * brotli it keeps (serve.test.ts).
 */
export default async function globalSetup(): Promise<void> {
	const build = fileURLToPath(new URL('../../build/', import.meta.url));
	const assets = join(build, '_app/immutable/assets');
	if (!readdirSync(assets).some((n) => n.endsWith('.wasm.br'))) await precompress(build);
}
