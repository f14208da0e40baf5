import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../analysis';
import { councilDecision } from '../analysis/council';
import { draftInputs } from '../analysis/draft-data';
import { buildDraft, isPriority } from '../analysis/draft-plan';
import { createNodeEngine } from '../engine/node';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes } from '../ingest';
import { councilDocx } from './council-docx';

const SAMPLES = new URL('../../../data-samples/', import.meta.url);
const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.csv'));

/** The sample year's decision, drafted as the page drafts it, with one line edited by the methodist. */
async function sampleDecision() {
	const engine = await createNodeEngine();
	try {
		await loadAll(
			engine,
			names.map((n) => sourceFromBytes(n, readFileSync(new URL(n, SAMPLES))))
		);
		const analysis = await analyzeAll(engine, translator('ru'), 'ru');
		const inputs = await draftInputs(engine, analysis);
		// The methodist has agreed with the first offered host only.
		const first = buildDraft(inputs, 'ru').findIndex((e) => e.host);
		const events = buildDraft(inputs, 'ru').map((e, i) => ({ ...e, confirmed: i === first }));
		const decision = councilDecision(
			{
				inputs: analysis.inputs,
				priorities: analysis.priorities,
				coverage: analysis.coverage,
				events,
				schoolYear: inputs.schoolYear,
				methodist: 'Старший воспитатель'
			},
			translator('ru'),
			'ru'
		);
		return { analysis, inputs, events, decision };
	} finally {
		await engine.close();
	}
}

/** Word's XML as the words a reader sees: runs joined per paragraph. */
const wordText = (xml: string) =>
	xml
		.split('</w:p>')
		.map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
		.filter(Boolean)
		.map((s) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<'))
		.join('\n');

describe('the draft council decision in Word', () => {
	it('has heard, spoke and decided, every priority deficit, who is responsible and by when', async () => {
		const { analysis, inputs, events, decision } = await sampleDecision();
		decision.decided[0].responsible = 'Кузнецова О.П., старший воспитатель';
		const bytes = await councilDocx(decision, translator('ru'));
		const files = unzipSync(bytes);
		const text = wordText(strFromU8(files['word/document.xml']));

		for (const heading of ['Проект решения педагогического совета', 'Слушали', 'Выступили', 'Решили'])
			expect(text.split('\n')).toContain(heading);
		expect(text.indexOf('Слушали')).toBeLessThan(text.indexOf('Выступили'));
		expect(text.indexOf('Выступили')).toBeLessThan(text.indexOf('Решили'));

		const priorities = analysis.priorities.filter(isPriority).map((p) => p.competency);
		expect(priorities).toHaveLength(3);
		for (const competency of priorities) {
			const row = analysis.coverage.find((c) => c.competency === competency)!;
			// Named with its n in «Слушали» and given its events in «Решили».
			expect(text).toContain(
				`«${competency}» (у ${row.teachers_in_deficit} из ${row.respondents} педагогов)`
			);
			expect(text).toContain(`Включить в план методической работы по дефициту «${competency}»`);
		}
		// The edit is what is written; a confirmed host answers for their events, in their months; a colleague
		// only offered by the survey is named nowhere (the methodist answers until she agrees with them).
		expect(text).toContain('Кузнецова О.П., старший воспитатель');
		const confirmed = events.find((e) => e.confirmed)!;
		expect(text).toContain(`${confirmed.host} — о мероприятиях, которые проведёт для коллег`);
		const offered = new Set(events.filter((e) => !e.confirmed && e.host).map((e) => e.host!));
		offered.delete(confirmed.host!);
		expect(offered.size).toBeGreaterThan(0);
		for (const name of offered) expect(text).not.toContain(name);
		expect(text).toContain('Октябрь 2026'.toLowerCase());
		expect(text).toContain(`01.09.${inputs.schoolYear}`);
		expect(text).toContain(`31.05.${inputs.schoolYear + 1}`);

		// Nothing says how anyone rated themselves: no survey answers, no scores, no «оценивает себя».
		for (const word of ['Не владею', 'Частично владею', 'Владею в совершенстве', 'самооцен', 'оценил'])
			expect(text).not.toContain(word);
		// No score like «0,57» (a difference in the scale's points, «0,38 балла», is the children's, not a teacher's).
		expect(text).not.toMatch(/\b0[.,]\d{2}\b(?! балла)/);
	}, 60_000);
});
