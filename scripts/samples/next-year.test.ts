import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateNextYear } from './next-year';

describe('next year generator', () => {
	it('reproduces the checked-in data-samples/next-year byte for byte', () => {
		for (const file of generateNextYear()) {
			const committed = readFileSync(new URL(`../../data-samples/next-year/${file.name}`, import.meta.url));
			expect(Buffer.from(file.bytes).equals(committed), file.name).toBe(true);
		}
	});
});
