import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSampleYear } from '../../../scripts/samples/sample-year';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes } from '../ingest';
import { headline } from './findings';
import { analyzeAll, type Analysis } from './index';
import { linkage } from './linkage';

const dir = new URL('../../../data-samples/', import.meta.url);
const sampleNames = readdirSync(dir).filter((n) => n.endsWith('.csv'));
let engine: Engine;
let analysis: Analysis;

beforeAll(async () => {
	engine = await createNodeEngine();
	await loadAll(
		engine,
		sampleNames.map((n) => sourceFromBytes(n, readFileSync(new URL(n, dir))))
	);
	analysis = await analyzeAll(engine, translator('ru'), 'ru');
});
afterAll(() => engine.close());

describe('the analysis on the sample year', () => {
	it('finds the planted link: speech deficit ↔ weaker speech growth, and no other', () => {
		const speech = analysis.linkage.find((l) => l.competency === 'Развитие речи детей')!;
		expect(speech).toMatchObject({
			area: 'Речевое развитие',
			n_groups: 10,
			n_exposed: 5,
			verdict: 'linked',
			measure: 'growth'
		});
		expect(speech.effect!).toBeLessThan(-0.08);
		expect(speech.ci_high!).toBeLessThan(0);
		expect(speech.q!).toBeLessThan(0.05);
		expect(speech.rho!).toBeLessThan(-0.5);
		for (const other of analysis.linkage.filter((l) => l !== speech))
			expect(other.verdict).not.toBe('linked');
	});

	it('gives the planted coverage: ICT not covered, health missed (its one event is in June), speech covered', () => {
		const status = Object.fromEntries(analysis.coverage.map((c) => [c.competency, c.status]));
		expect(status['Применение ИКТ в образовательном процессе']).toBe('not_covered');
		expect(status['Здоровьесберегающие технологии']).toBe('missed');
		expect(status['Развитие речи детей']).toBe('covered');
		const health = analysis.coverage.find((c) => c.competency === 'Здоровьесберегающие технологии')!;
		expect(health).toMatchObject({ teachers_reached: 1, teachers_reached_in_time: 0 });
		expect(health.events.map((e) => [e.title, e.before_final])).toEqual([
			['Здоровьесберегающие технологии в режиме дня', false]
		]);
	});

	it('opens with three conclusions in plain words: weakest area, the linked deficit, the biggest plan gap', () => {
		const main = headline(analysis.inputs, translator('ru'), 'ru');
		expect(main).toHaveLength(3);
		expect(main[0]).toMatch(/^Слабее всего результаты по области «Речевое развитие»/);
		expect(main[1]).toMatch(
			/дефицит «Развитие речи детей», дети за год продвинулись по области «Речевое развитие» меньше/
		);
		// The difference in % of the scale and in the file's own points, which agree: 0–3 is 3 points long.
		const [, share, points] = /на (\d+,\d) % шкалы, это примерно (\d,\d+) балла по шкале 0–3/.exec(main[1])!;
		expect(Number(points.replace(',', '.'))).toBeCloseTo((3 * Number(share.replace(',', '.'))) / 100, 1);
		expect(main[2]).toMatch(/«Применение ИКТ в образовательном процессе»/);
		// p, q and intervals stay in the full findings.
		expect(main.join(' ')).not.toMatch(/q =|p =|ДИ/);
	});

	it('lists the events that address no deficit, not the year-end meeting every plan has', () => {
		expect(analysis.oversupply).toEqual([
			{ event: 'Педагогическая гостиная «Традиции нашего сада»', competency: null, stated: null },
			// The plan names what it is for, a competency the survey did not ask about.
			{ event: 'Безопасность детей на прогулке', competency: null, stated: 'Охрана жизни и здоровья детей' }
		]);
	});

	it('puts the widespread, uncovered ICT deficit first among priorities, with its parts', () => {
		const [top] = analysis.priorities;
		expect(top.competency).toBe('Применение ИКТ в образовательном процессе');
		expect(top.parts).toMatchObject({
			prevalence: 0.5,
			link: 'none',
			coverage_gap: 1,
			status: 'not_covered'
		});
		expect(top.score).toBeCloseTo(0.25);
		// Speech is covered, yet its groups still grow less: it stays on the list, to check the events.
		const speech = analysis.priorities.find((p) => p.competency === 'Развитие речи детей')!;
		expect(speech.parts).toMatchObject({ link: 'linked', direction: 'worse', coverage_gap: 0, review: true });
		expect(speech.score).toBeGreaterThan(0);
	});

	it('writes findings with n and intervals, never claiming a cause, saying «не выявлена» plainly', () => {
		const text = analysis.findings.join('\n');
		expect(text).toMatch(
			/«Развитие речи детей», рост по области «Речевое развитие» ниже на \d+,\d % шкалы \(95 % ДИ от \d+(,\d)? до \d+(,\d)?; групп: 10, из них с дефицитом: 5; сравнение внутри возрастных групп; q = 0,0\d+\)/
		);
		expect(text).toMatch(/не доказательство причины/);
		// Four bands of 2–3 groups: the health deficit splits them so that no split could reach p < 0.05.
		expect(text).toMatch(
			/Для дефицита «Здоровьесберегающие технологии» и области «Физическое развитие» данных недостаточно для вывода: сравнить можно только 8 групп/
		);
		expect(text).toMatch(
			/На дефицит «Применение ИКТ в образовательном процессе» \(11 из 22 педагогов\) в плане нет ни одного мероприятия/
		);
		expect(text).not.toMatch(/вызыва|приводит к|из-за/);
	});

	it('says the same in English', async () => {
		const en = await analyzeAll(engine, translator('en'), 'en');
		expect(en.findings.join('\n')).toMatch(
			/Not enough data to judge the deficit «Здоровьесберегающие технологии» against «Физическое развитие»: only 8 groups/
		);
	});

	it('gives the same numbers for the same files', async () => {
		const again = await linkage(engine);
		expect(again.map((l) => [l.p, l.ci_low, l.ci_high, l.mdd])).toEqual(
			analysis.linkage.map((l) => [l.p, l.ci_low, l.ci_high, l.mdd])
		);
	});
});

describe('a sample year with no planted link', () => {
	it('does not report the speech link', async () => {
		const fresh = await createNodeEngine();
		const files = generateSampleYear(2025, { speechGap: 0 });
		await loadAll(
			fresh,
			files.map((f) => sourceFromBytes(f.name, f.bytes))
		);
		const speech = (await linkage(fresh)).find((l) => l.competency === 'Развитие речи детей')!;
		expect(speech.verdict).toBe('not_linked');
		await fresh.close();
	});
});

describe('the CLI', () => {
	it('prints JSON that the schema in the repo accepts, with the planted findings', () => {
		const out = execFileSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'scripts/analyze.ts',
				'--json',
				...sampleNames.map((n) => `data-samples/${n}`),
				'data-samples/README.md'
			],
			{ cwd: new URL('../../../', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
		);
		const result = JSON.parse(out);
		const schema = JSON.parse(
			readFileSync(new URL('../../../schemas/analyze.schema.json', import.meta.url), 'utf8')
		);
		const validate = new Ajv({ allErrors: true }).compile(schema);
		expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
		expect(result.files).toHaveLength(4);
		expect(result.rejects).toContainEqual(
			expect.objectContaining({ file: 'monitoring-2025-2026.csv', row: ';Итого по ДОУ;;;;;;;;1,90' })
		);
		expect(result.teachers.duplicates).toEqual([
			{
				name: 'Морозова Людмила Ивановна',
				kept: expect.stringMatching(/^\d\d\.10\.2025/),
				dropped: [expect.stringMatching(/^06\.10\.2025/)]
			}
		]);
		expect(result.teachers.no_survey).toEqual(['Андреев М.О.', 'Николаева Л.Б.']);
		expect(
			result.linkage.find((l: { competency: string }) => l.competency === 'Развитие речи детей').verdict
		).toBe('linked');
	}, 60_000);
});
