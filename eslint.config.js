import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const onlyEngineImportsDuckDB = {
	paths: [{ name: '@duckdb/duckdb-wasm', message: 'Only src/lib/engine/ talks to DuckDB.' }],
	patterns: [
		{ group: ['@duckdb/*', '@duckdb/duckdb-wasm/*'], message: 'Only src/lib/engine/ talks to DuckDB.' }
	]
};
const echartsAtRuntime = {
	paths: [
		{ name: 'echarts', allowTypeImports: true, message: 'Only the chart action renders with ECharts.' }
	],
	patterns: [{ group: ['echarts/*'], message: 'Only the chart action renders with ECharts.' }]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'svelte/no-at-html-tags': 'error',
			// One page: navigation only changes its query (view, filters), built as resolve('/') + query.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/engine/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					...onlyEngineImportsDuckDB,
					paths: [...onlyEngineImportsDuckDB.paths, ...echartsAtRuntime.paths],
					patterns: [...onlyEngineImportsDuckDB.patterns, ...echartsAtRuntime.patterns]
				}
			]
		}
	},
	{
		files: ['src/lib/ui/echarts-core.ts', 'src/**/*.test.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', onlyEngineImportsDuckDB] }
	},
	{
		// The session's private bookkeeping (corrections) is never rendered; state is exposed as $state.raw.
		files: ['src/lib/state/**'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench-data/',
			'test-results/',
			'src/lib/state/project-validator.generated.js'
		]
	}
);
