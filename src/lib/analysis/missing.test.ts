import { describe, expect, it } from 'vitest';
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
