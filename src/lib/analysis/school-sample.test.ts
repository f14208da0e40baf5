import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSchoolYear } from '../../../scripts/samples/school-year';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes, type SourceFile } from '../ingest';
import { analyzeAll, type Analysis } from './index';

/** The school sample year (data-samples/school/README.md): what its README promises, through the real pipeline. */
const dir = new URL('../../../data-samples/school/', import.meta.url);
const names = readdirSync(dir).filter((n) => n.endsWith('.csv'));
const MATH = 'Функциональная (математическая) грамотность';

/** The marks file read apart from the app: records after the header, pupils as name × class. */
const marksText = new TextDecoder('windows-1251').decode(readFileSync(new URL('marks-2025-2026.csv', dir)));
const marksRecords = marksText
	.trim()
	.split('\r\n')
	.slice(1)
	.map((l) => l.split(';'));
const pupils = new Set(marksRecords.map((r) => `${r[1]}|${r[2]}`));
const classes = new Set(marksRecords.map((r) => r[2]));

let engine: Engine;
beforeAll(async () => {
	engine = await createNodeEngine();
});
afterAll(() => engine.close());

async function analyse(sources: SourceFile[]): Promise<Analysis> {
	await loadAll(engine, sources);
	return analyzeAll(engine, translator('ru'), 'ru');
}

describe('the school sample year', () => {
	it('is read as a school: every marks row, every pupil, every class, marks per subject × class × period', async () => {
		const { reports } = await loadAll(
			engine,
			names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))))
		);
		expect(marksRecords).toHaveLength(2092);
		expect(pupils.size).toBe(419);
		expect(classes.size).toBe(16);
		expect(reports.map((r) => [r.name, r.kind, r.rowsLoaded, r.rowsRejected])).toEqual([
			['marks-2025-2026.csv', 'outcomes', 2092, 0],
			['plan-methodical-work-2025-2026.csv', 'plan', 9, 0],
			['staff-roster.csv', 'roster', 18, 0],
			['survey-deficits-google-forms.csv', 'survey', 17, 0]
		]);
		const analysis = await analyzeAll(engine, translator('ru'), 'ru');
		expect(analysis.mode).toBe('school');
		expect(analysis.children).toBe(419);
		// 6 subjects × (16 classes + the school) × 5 periods.
		expect(analysis.marks).toHaveLength(6 * 17 * 5);
		const mathYear = analysis.marks.find(
			(m) => m.subject === 'Математика' && m.class === null && m.period === 'Год'
		)!;
		expect(mathYear.n).toBe(418);
		expect(Object.values(mathYear.distribution).reduce((a, b) => a + b, 0)).toBe(418);
	});

	it('finds the planted link (math literacy ↔ mathematics) and nothing for the reading deficit', async () => {
		const analysis = await analyse(names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir)))));
		const linked = analysis.linkage.filter((l) => l.verdict === 'linked');
		expect(linked.map((l) => [l.competency, l.area])).toEqual([[MATH, 'Математика']]);
		expect(linked[0]).toMatchObject({ n_groups: 16, n_exposed: 8, method: 'exact' });
		expect(linked[0].ci_high!).toBeLessThan(0);
		const reading = analysis.linkage.filter((l) => l.competency === 'Смысловое чтение');
		expect(reading.map((l) => [l.area, l.verdict])).toEqual([
			['Литература', 'not_linked'],
			['Русский язык', 'not_linked']
		]);
		// Said in a school's words: классы, предметы, параллели.
		expect(analysis.findings).toContainEqual(
			expect.stringMatching(
				/^В классах, где учителя предмета отмечают дефицит «Функциональная \(математическая\) грамотность», рост по предмету «Математика» ниже .*классов: 16, из них с дефицитом: 8; сравнение внутри параллелей/
			)
		);
		expect(analysis.findings.join(' ')).not.toMatch(/В группах|групп:|групп с дефицитом|по области/);
		// The planted plan gaps.
		const status = Object.fromEntries(analysis.coverage.map((c) => [c.competency, c.status]));
		expect(status['Цифровые образовательные ресурсы']).toBe('not_covered');
		expect(status['Формирующее оценивание']).toBe('missed');
		expect(analysis.priorities[0].competency).toBe('Цифровые образовательные ресурсы');
	});

	it('the same year with nothing planted links nothing', async () => {
		const files = generateSchoolYear(2026, { mathGap: 0 });
		const analysis = await analyse(files.map((f) => sourceFromBytes(f.name, f.bytes)));
		expect(analysis.linkage.filter((l) => l.verdict === 'linked')).toEqual([]);
		expect(analysis.linkage.find((l) => l.competency === MATH)?.verdict).toBe('not_linked');
	});
});
