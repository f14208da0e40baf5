/**
 * Writes data-samples/ (the kindergarten), data-samples/next-year/ (the same kindergarten a year later) and
 * data-samples/school/ from the deterministic generators; `npm run samples`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateNextYear } from './samples/next-year';
import { generateSampleYear } from './samples/sample-year';
import { generateSchoolYear } from './samples/school-year';

// Each year in a folder of its own, so the page's sample buttons and the tests that read
// data-samples/*.csv keep to one year.
const years = [
	{ dir: 'data-samples/', files: generateSampleYear() },
	{ dir: 'data-samples/next-year/', files: generateNextYear() },
	{ dir: 'data-samples/school/', files: generateSchoolYear() }
];
for (const { dir, files } of years) {
	mkdirSync(new URL(`../${dir}`, import.meta.url), { recursive: true });
	for (const file of files) {
		writeFileSync(new URL(`../${dir}${file.name}`, import.meta.url), file.bytes);
		console.log(`${dir}${file.name}: ${file.bytes.length} bytes`);
	}
}
