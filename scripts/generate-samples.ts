/** Writes data-samples/ (the kindergarten) and data-samples/school/ from the deterministic generators; `npm run samples`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateSampleYear } from './samples/sample-year';
import { generateSchoolYear } from './samples/school-year';

const years = [
	{ dir: 'data-samples/', files: generateSampleYear() },
	{ dir: 'data-samples/school/', files: generateSchoolYear() }
];
for (const { dir, files } of years) {
	mkdirSync(new URL(`../${dir}`, import.meta.url), { recursive: true });
	for (const file of files) {
		writeFileSync(new URL(`../${dir}${file.name}`, import.meta.url), file.bytes);
		console.log(`${dir}${file.name}: ${file.bytes.length} bytes`);
	}
}
