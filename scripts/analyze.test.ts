import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packProject } from '../src/lib/state/project';

const ROOT = new URL('../', import.meta.url);
const FIXTURE = 'src/lib/ingest/fixtures/outcomes-unnamed-child-column.csv';
const analyze = (...args: string[]) =>
	JSON.parse(
		execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--json', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		})
	);
/** The correction a methodist makes on the page: «Кто» is the child. */
const setup = {
	kind: 'outcomes',
	roles: { child: 'Кто', group: 'Класс', period: 'Период', areas: ['Алгебра'] },
	values: { Класс: { '5А': '5 «А»' } }
};

describe("the CLI takes the page's corrections", () => {
	const dir = mkdtempSync(join(tmpdir(), 'sverka-cli-'));

	it('a file refused by default is read with --setups', () => {
		const refused = analyze(FIXTURE);
		expect(refused.files[0]).toMatchObject({ kind: null, rows_loaded: 0, rows_rejected: 2 });
		const path = join(dir, 'setups.json');
		writeFileSync(path, JSON.stringify({ setups: { 'outcomes-unnamed-child-column.csv': setup } }));
		const read = analyze('--setups', path, FIXTURE);
		expect(read.files[0]).toMatchObject({ kind: 'outcomes', rows_loaded: 2, rows_rejected: 0 });
		expect(read.findings[0]).toMatch(/«Алгебра»/);
	}, 60_000);

	it('an answer it cannot read is listed as a skipped cell with its line, never a lost submission', () => {
		const out = analyze('src/lib/ingest/fixtures/survey-three-point-phrases.csv');
		expect(out.cell_notes).toContainEqual(
			expect.objectContaining({ line: 5, column: 'Раздел I [Одарённые]', text: 'см. комментарий' })
		);
	}, 60_000);

	it('a project file (.sverka) opens with its corrections', async () => {
		const bytes = readFileSync(new URL(FIXTURE, ROOT));
		const project = await packProject(
			{
				files: [{ name: 'outcomes-unnamed-child-column.csv', data: new Blob([bytes]) }],
				sheets: [undefined],
				setups: [setup as never],
				resolved: [],
				areas: [],
				targets: []
			},
			''
		);
		const path = join(dir, 'year.sverka');
		writeFileSync(path, new Uint8Array(await project.arrayBuffer()));
		const read = analyze('--project', path);
		expect(read.files[0]).toMatchObject({ kind: 'outcomes', rows_loaded: 2, roles: setup.roles });
	}, 60_000);

	it('--council writes the draft decision as Word: heard, spoke, decided, each priority named', () => {
		const out = join(dir, 'Проект решения педсовета.docx');
		const samples = [
			'monitoring-2025-2026.csv',
			'plan-methodical-work-2025-2026.csv',
			'staff-roster.csv',
			'survey-deficits-google-forms.csv'
		].map((n) => `data-samples/${n}`);
		const year = analyze('--council', out, ...samples);
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
		for (const word of ['Слушали', 'Выступили', 'Решили']) expect(xml).toContain(word);
		for (const p of year.priorities.filter((p: { score: number }) => p.score > 0))
			expect(xml).toContain(`«${p.competency}»`);
	}, 60_000);

	it('--council on the school sample speaks of учителя and the deputy head, not воспитатели', () => {
		const out = join(dir, 'Проект решения педсовета школы.docx');
		const school = [
			'marks-2025-2026.csv',
			'plan-methodical-work-2025-2026.csv',
			'staff-roster.csv',
			'survey-deficits-google-forms.csv'
		].map((n) => `data-samples/school/${n}`);
		const year = analyze('--council', out, ...school);
		expect(year.mode).toBe('school');
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
		expect(xml).toContain('Заместитель директора по УВР');
		expect(xml).toMatch(/из \d+ учителей/);
		expect(xml).not.toMatch(/Старший воспитатель|педагогической диагностики/);
	}, 60_000);

	it("--draft-plan writes next year's plan, and read back it covers every priority deficit", () => {
		const samples = ['monitoring-2025-2026.csv', 'staff-roster.csv', 'survey-deficits-google-forms.csv'].map(
			(n) => `data-samples/${n}`
		);
		const out = join(dir, 'План методической работы 2026-2027.csv');
		const year = analyze('--draft-plan', out, ...samples, 'data-samples/plan-methodical-work-2025-2026.csv');
		const priorities = year.priorities.filter((p: { score: number }) => p.score > 0);
		expect(priorities.length).toBeGreaterThan(0);
		const next = analyze(...samples, out);
		expect(next.files.at(-1)).toMatchObject({ kind: 'plan', rows_rejected: 0 });
		for (const p of priorities)
			expect(next.coverage.find((c: { competency: string }) => c.competency === p.competency)).toMatchObject({
				status: 'covered'
			});
	}, 60_000);
});
