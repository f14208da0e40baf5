import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No module of src/lib reaches itself through its imports, type-only imports included: a circle ties the
 * folders' layers together and makes the order modules load in matter (issue 16.7). A regex walk instead
 * of eslint-plugin-import, which the project does not carry.
 */
const LIB = dirname(fileURLToPath(import.meta.url));
const IMPORT =
	/(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s*['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.js', '.svelte', '/index.ts'];

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** The files of src/lib a module imports (packages and files elsewhere are no part of a circle here). */
export function importsOf(file: string, text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(IMPORT)) {
		const spec = match[1] ?? match[2] ?? match[3];
		const base = spec.startsWith('$lib/')
			? join(LIB, spec.slice(5))
			: spec.startsWith('.')
				? resolve(dirname(file), spec)
				: null;
		if (base === null) continue;
		const target = EXTENSIONS.map((ext) => base + ext).find((p) => p.startsWith(LIB) && isFile(p));
		if (target) found.push(target);
	}
	return found;
}
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** Every circle in the graph, each as the chain of files that closes it (depth-first, colouring). */
export function cycles(graph: Map<string, string[]>): string[][] {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(node, 'done');
	};
	for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
	return found;
}

describe('imports in src/lib', () => {
	it('finds a circle when there is one', () => {
		const graph = new Map([
			['normalise', ['people-table']],
			['people-table', ['plan']],
			['plan', ['normalise']],
			['names', []]
		]);
		expect(cycles(graph)).toEqual([['normalise', 'people-table', 'plan', 'normalise']]);
	});

	it('reads type-only, re-exported, side-effect, dynamic and $lib imports', () => {
		const file = join(LIB, 'ingest/people-table.ts');
		const text = [
			`import type { FileSetup } from './normalise';`,
			`export { ident } from '$lib/engine/sql';`,
			`import '../engine/node';`,
			`const m = await import('./plan');`,
			`import { x } from 'papaparse';`
		].join('\n');
		expect(importsOf(file, text).map((p) => relative(LIB, p))).toEqual([
			'ingest/normalise.ts',
			'engine/sql.ts',
			'engine/node.ts',
			'ingest/plan.ts'
		]);
	});

	it('form no circle', () => {
		const graph = new Map(sources(LIB).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
		expect(graph.size).toBeGreaterThan(100);
		const circles = cycles(graph).map((c) => c.map((p) => relative(LIB, p)).join(' → '));
		expect(circles).toEqual([]);
	});
});
