import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import { explainError } from './errors';
import { translator } from './index';

describe('errors said in words', () => {
	it('a quota refusal of IndexedDB becomes «место в браузере закончилось», its English kept as detail', () => {
		const e = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const said = explainError(e);
		expect(said.key).toBe('error.quota');
		expect(said.detail).toBe('QuotaExceededError: The quota has been exceeded.');
		expect(translator('ru')(said.key)).not.toMatch(/[A-Za-z]{3}/);
	});

	it('a real DuckDB error becomes the engine message, in Russian and English', async () => {
		const engine = await createNodeEngine();
		const error = await engine.query('SELECT no_such_column FROM (SELECT 1 AS x)').catch((e: unknown) => e);
		await engine.close();
		const said = explainError(error);
		expect(said.key).toBe('error.engine');
		expect(said.detail).toMatch(/Binder Error/);
		expect(translator('ru')(said.key)).not.toMatch(/[A-Za-z]{3}/);
		expect(translator('en')(said.key)).not.toBe(translator('ru')(said.key));
	});

	it('a file gone from the disk, memory and an unknown TypeError each have their own words', () => {
		expect(explainError(new DOMException('A requested file could not be read', 'NotReadableError')).key).toBe(
			'error.fileGone'
		);
		expect(explainError(new RangeError('Array buffer allocation failed')).key).toBe('error.memory');
		const unknown = explainError(new TypeError("Cannot read properties of undefined (reading 'x')"));
		expect(unknown).toEqual({
			key: 'error.unknown',
			detail: "TypeError: Cannot read properties of undefined (reading 'x')"
		});
	});
});
