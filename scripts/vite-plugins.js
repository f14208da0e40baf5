import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const PROJECT_VALIDATOR = 'virtual:project-validator';

/**
 * `virtual:project-validator`: schemas/project.schema.json compiled by ajv at build time into plain code.
 * Compiling in the page would need `new Function`, which the app's CSP forbids; ajv stays a build tool.
 * @returns {import('vite').Plugin}
 */
export function projectValidator() {
	const resolved = `\0${PROJECT_VALIDATOR}`;
	const schemaUrl = new URL('../schemas/project.schema.json', import.meta.url);
	return {
		name: 'sverka-project-validator',
		resolveId: (id) => (id === PROJECT_VALIDATOR ? resolved : undefined),
		load(id) {
			if (id !== resolved) return;
			this.addWatchFile(schemaUrl.pathname);
			const ajv = new Ajv({ code: { source: true, esm: true }, strictTuples: false });
			return standaloneCode(ajv, ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8'))));
		}
	};
}
