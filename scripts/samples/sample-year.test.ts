import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSampleYear } from './sample-year';

describe('sample year generator', () => {
	it('reproduces the checked-in data-samples byte for byte', () => {
		for (const file of generateSampleYear()) {
			const committed = readFileSync(new URL(`../../data-samples/${file.name}`, import.meta.url));
			expect(Buffer.from(file.bytes).equals(committed), file.name).toBe(true);
		}
	});

	it('gives another year for another seed', () => {
		const [a] = generateSampleYear(1);
		const [b] = generateSampleYear(2);
		expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
	});
});
