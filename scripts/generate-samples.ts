/** Writes data-samples/ from the deterministic generator; `npm run samples`. */
import { writeFileSync } from 'node:fs';
import { generateSampleYear } from './samples/sample-year';

for (const file of generateSampleYear()) {
	writeFileSync(new URL(`../data-samples/${file.name}`, import.meta.url), file.bytes);
	console.log(`data-samples/${file.name}: ${file.bytes.length} bytes`);
}
