import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchoolYear } from './school-year';

describe('school sample year generator', () => {
	it('reproduces the checked-in data-samples/school byte for byte', () => {
		for (const file of generateSchoolYear()) {
			const committed = readFileSync(new URL(`../../data-samples/school/${file.name}`, import.meta.url));
			expect(Buffer.from(file.bytes).equals(committed), file.name).toBe(true);
		}
	});

	it('gives another year for another seed', () => {
		const [a] = generateSchoolYear(1);
		const [b] = generateSchoolYear(2);
		expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
	});
});
