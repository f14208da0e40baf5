import { ident } from '../engine/sql';
import { blankRow, classifyRows, type RawTable } from './load';
import { peopleKeys } from './people-table';
import { inferScale, LIKERT_SCALES } from './scales';
import { cell, numberFrom } from './sql-text';

/** SQL folding an answer the way the Likert word table is keyed: lower case, ё → е, single spaces. */
const foldedAnswer = (sql: string) =>
	`regexp_replace(replace(lower(trim(${sql})), 'ё', 'е'), '\\s+', ' ', 'g')`;

/**
 * A survey export (Google Forms wide, grid questions «Вопрос [Компетенция]») into `survey_answers`,
 * one row per teacher × question. Of a teacher's repeated submissions the latest counts.
 */
export async function loadSurvey(raw: RawTable): Promise<void> {
	const { engine, detection } = raw;
	const { teacher, timestamp, position } = detection.roles;
	const items = detection.roles.items ?? [];
	if (!teacher) return;
	const t = (name: string) => ident(`${raw.table}_${name}`);

	await peopleKeys(engine, raw.table, teacher, `${raw.table}_names`);
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${t('words')}(word VARCHAR, score DOUBLE, scale_max DOUBLE)`
	);
	const seen = new Set<string>();
	for (const scale of LIKERT_SCALES) {
		for (const [i, word] of scale.entries()) {
			if (seen.has(word)) continue;
			seen.add(word);
			await engine.query(`INSERT INTO ${t('words')} VALUES (?, ?, ?)`, [word, i + 1, scale.length]);
		}
	}

	const known = (item: string) =>
		`(${cell(item)} IS NULL OR ${numberFrom(item)} IS NOT NULL OR ${foldedAnswer(ident(item))} IN (SELECT word FROM ${t('words')}))`;
	const submitted = timestamp
		? `try_strptime(trim(${ident(timestamp)}), ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S'])`
		: 'NULL::TIMESTAMP';
	const basic = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${cell(teacher)} IS NULL THEN 'no_teacher'
		WHEN NOT (${items.map(known).join(' AND ') || 'true'}) THEN 'bad_answer'
		WHEN ${items.map((i) => `${cell(i)} IS NULL`).join(' AND ') || 'true'} THEN 'no_answers'
	END`;
	const from = `(SELECT r.*, ${basic} AS _basic, n.key AS _key, ${submitted} AS _submitted
		FROM ${ident(raw.table)} r LEFT JOIN ${t('names')} n ON n.name = trim(r.${ident(teacher)}))`;
	const reason = `coalesce(_basic, CASE WHEN row_number() OVER (PARTITION BY _key, _basic IS NULL
		ORDER BY _submitted DESC NULLS LAST, _row DESC) > 1 THEN 'duplicate_submission' END)`;
	const answers = items.map((i) => `${ident(i)}`).join(', ');
	const classified = await classifyRows(
		raw,
		reason,
		`_row, _key, _submitted, ${cell(teacher)} AS _teacher, ${cell(position)} AS _position, ${answers}`,
		from
	);
	if (items.length === 0) return;

	const long = `(UNPIVOT (SELECT * FROM ${ident(classified)} WHERE _reason IS NULL)
		ON ${items.map(ident).join(', ')} INTO NAME item VALUE answer)`;
	const range = (
		await engine.query(
			`SELECT min(${numberFrom('answer')}) AS lo, max(${numberFrom('answer')}) AS hi FROM ${long}`
		)
	).get(0);
	const numeric = range?.lo == null ? { min: 1, max: 5 } : inferScale(Number(range.lo), Number(range.hi));
	await engine.query(
		`INSERT INTO survey_answers
		 SELECT ?, _row, _teacher, _key, _position, _submitted,
		   coalesce(nullif(trim(regexp_extract(item, '\\[([^\\]]+)\\]\\s*$', 1)), ''), item), item, trim(answer),
		   coalesce(w.score, ${numberFrom('answer')}),
		   CASE WHEN w.score IS NOT NULL THEN (w.score - 1) / (w.scale_max - 1)
		        ELSE (${numberFrom('answer')} - ?) / (? - ?) END
		 FROM ${long} u LEFT JOIN ${t('words')} w ON w.word = ${foldedAnswer('u.answer')}
		 WHERE nullif(trim(answer), '') IS NOT NULL`,
		[raw.file, numeric.min, numeric.max, numeric.min]
	);
}
