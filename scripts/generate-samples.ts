/** Writes data-samples/ from the deterministic generator; `npm run samples`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateNextYear } from './samples/next-year';
import { generateSampleYear } from './samples/sample-year';

for (const file of generateSampleYear()) {
	writeFileSync(new URL(`../data-samples/${file.name}`, import.meta.url), file.bytes);
	console.log(`data-samples/${file.name}: ${file.bytes.length} bytes`);
}
// The same kindergarten a year later, for year over year: a folder of its own, so the page's sample
// button and the tests that read data-samples/*.csv keep to one year.
mkdirSync(new URL('../data-samples/next-year/', import.meta.url), { recursive: true });
for (const file of generateNextYear()) {
	writeFileSync(new URL(`../data-samples/next-year/${file.name}`, import.meta.url), file.bytes);
	console.log(`data-samples/next-year/${file.name}: ${file.bytes.length} bytes`);
}
