import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../engine/node';
import { loadAll, sourceFromBytes } from '../ingest';
import { analyzeAll } from './index';
import { translator } from '../i18n';
import { missingSentences, type Inventory } from './missing';

const t = translator('ru');
const full: Inventory = { files: 4, outcomes: 500, teachers_surveyed: 9, events: 10, pairs: 3 };

describe('what the files do not allow, said', () => {
	it('nothing is missing when every part can run', () => {
		expect(missingSentences(full, t)).toEqual([]);
	});

	it('«загрузите файлы» only when no file is loaded', () => {
		expect(missingSentences({ ...full, files: 0 }, t)).toEqual([t('finding.none')]);
		expect(missingSentences({ ...full, outcomes: 0 }, t)).not.toContain(t('finding.none'));
	});

	it('each missing part with where to fix it', () => {
		expect(missingSentences({ ...full, outcomes: 0 }, t)).toEqual([t('missing.outcomes')]);
		expect(missingSentences({ ...full, teachers_surveyed: 0 }, t)).toEqual([t('missing.survey')]);
		expect(missingSentences({ ...full, pairs: 0 }, t)).toEqual([t('missing.pairs')]);
		expect(missingSentences({ ...full, events: 0 }, t)).toEqual([t('missing.plan')]);
		expect(t('missing.pairs')).toMatch(/«Данные и качество» → «Связи»/);
	});
});

describe('without a plan', () => {
	it('every deficit is «план не загружен», said once, never «не адресован»', async () => {
		const engine = await createNodeEngine();
		try {
			const names = ['monitoring-2025-2026.csv', 'survey-deficits-google-forms.csv', 'staff-roster.csv'];
			await loadAll(
				engine,
				names.map((n) =>
					sourceFromBytes(n, readFileSync(new URL(`../../../data-samples/${n}`, import.meta.url)))
				)
			);
			const analysis = await analyzeAll(engine, t, 'ru');
			expect(analysis.coverage.length).toBeGreaterThan(0);
			expect(new Set(analysis.coverage.map((c) => c.status))).toEqual(new Set(['no_plan']));
			expect(analysis.findings.filter((f) => f === t('missing.plan'))).toHaveLength(1);
			expect(analysis.findings.some((f) => f.includes('нет ни одного мероприятия'))).toBe(false);
		} finally {
			await engine.close();
		}
	}, 60_000);
});
