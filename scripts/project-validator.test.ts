import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectValidatorCode, VALIDATOR_FILE } from './project-validator.js';

describe('the committed project validator', () => {
	it('is the schema as it is now (run `node scripts/project-validator.js --write` after changing it)', () => {
		expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(projectValidatorCode());
	});

	it('is plain ESM the page and the CLI both load: no CommonJS `require` (ajv adds one for maxLength)', () => {
		expect(readFileSync(VALIDATOR_FILE, 'utf8')).not.toContain('require(');
	});
});
