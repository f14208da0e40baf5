import { ident } from '../engine/sql';
import { blankRow, classifyRows, type RawTable } from './sql-rows';
import { inferLikertScale, LIKERT_SCALES } from './scales';
import { cell, numberFrom } from './sql-text';

/** SQL folding an answer the way the Likert word table is keyed: lower case, ё → е, single spaces. */
const foldedAnswer = (sql: string) =>
	`regexp_replace(replace(lower(trim(${sql})), 'ё', 'е'), '\\s+', ' ', 'g')`;

/**
 * A survey export (Google Forms wide, grid questions «Вопрос [Компетенция]») into `survey_answers`,
 * one row per teacher × question. Of a teacher's repeated submissions the latest counts.
 */
export async function loadSurvey(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const { teacher, timestamp, position } = roles;
	const items = roles.items ?? [];
	if (!teacher) return;
	const t = (name: string) => ident(`${raw.table}_${name}`);

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

	const known = (column: string) =>
		`(${cell(column)} IS NULL OR ${numberFrom(column)} IS NOT NULL OR ${foldedAnswer(ident(column))} IN (SELECT word FROM ${t('words')}))`;
	const submitted = timestamp
		? `try_strptime(trim(${ident(timestamp)}), ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%d.%m.%Y', '%Y-%m-%d'])`
		: 'NULL::TIMESTAMP';
	// Wide (Google Forms): a row is a submission, one column per question. Long: a row is one answer.
	const long = items.length === 0 && roles.competency !== undefined && roles.score !== undefined;
	const answerColumns = long ? [roles.score!] : items;
	const basic = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${cell(teacher)} IS NULL THEN 'no_teacher'
		${long ? `WHEN ${cell(roles.competency)} IS NULL THEN 'no_competency'` : ''}
		WHEN NOT (${answerColumns.map(known).join(' AND ') || 'true'}) THEN 'bad_answer'
		WHEN ${answerColumns.map((i) => `${cell(i)} IS NULL`).join(' AND ') || 'true'} THEN 'no_answers'
	END`;
	const from = `(SELECT r.*, ${basic} AS _basic, coalesce(n.teacher_key, 'unmatched: ' || ${cell(teacher)}) AS _key, ${submitted} AS _submitted
		${long ? `, lower(${cell(roles.competency)}) AS _competency_key` : ''}
		FROM ${ident(raw.table)} r LEFT JOIN person_names n ON n.name = ${cell(teacher)})`;
	// Of repeated submissions (or repeated answers on one competency) the latest counts.
	const reason = `coalesce(_basic, CASE WHEN row_number() OVER (PARTITION BY _key, _basic IS NULL
		${long ? ', _competency_key' : ''} ORDER BY _submitted DESC NULLS LAST, _row DESC) > 1
		THEN ${long ? `'duplicate_answer'` : `'duplicate_submission'`} END)`;
	const kept = long
		? `${cell(roles.competency)} AS _competency, ${ident(roles.score!)} AS answer`
		: items.map((i) => `${ident(i)}`).join(', ');
	const classified = await classifyRows(
		raw,
		reason,
		`_row, _key, _submitted, ${cell(teacher)} AS _teacher, ${cell(position)} AS _position, ${kept}`,
		from
	);
	await engine.query(
		`INSERT INTO survey_submissions SELECT DISTINCT ?, _row, _key, _teacher, _submitted, _reason IS NULL
		 FROM ${ident(classified)} WHERE _reason IS NULL OR _reason IN ('duplicate_submission', 'duplicate_answer')`,
		[raw.file]
	);
	if (answerColumns.length === 0) return;

	const answers = long
		? `(SELECT *, _competency AS item FROM ${ident(classified)} WHERE _reason IS NULL)`
		: `(SELECT *, coalesce(nullif(trim(regexp_extract(item, '\\[([^\\]]+)\\]\\s*$', 1)), ''), item) AS _competency
		   FROM (UNPIVOT (SELECT * FROM ${ident(classified)} WHERE _reason IS NULL)
		         ON ${items.map(ident).join(', ')} INTO NAME item VALUE answer))`;
	const range = (
		await engine.query(
			`SELECT min(${numberFrom('answer')}) AS lo, max(${numberFrom('answer')}) AS hi FROM ${answers}`
		)
	).get(0);
	const numeric =
		range?.lo == null ? { min: 1, max: 5 } : inferLikertScale(Number(range.lo), Number(range.hi));
	await engine.query(
		`INSERT INTO survey_answers
		 SELECT ?, _row, _teacher, _key, _position, _submitted, _competency, item, trim(answer),
		   coalesce(w.score, ${numberFrom('answer')}),
		   CASE WHEN w.score IS NOT NULL THEN (w.score - 1) / (w.scale_max - 1)
		        ELSE (${numberFrom('answer')} - ?) / (? - ?) END
		 FROM ${answers} u LEFT JOIN ${t('words')} w ON w.word = ${foldedAnswer('u.answer')}
		 WHERE nullif(trim(answer), '') IS NOT NULL`,
		[raw.file, numeric.min, numeric.max, numeric.min]
	);
	// The scale the answers were read on, shown to the user beside the file.
	await engine.query(
		`UPDATE files SET scale_words = s.words, scale_min = CASE WHEN s.words THEN 1 ELSE ? END,
		   scale_max = CASE WHEN s.words THEN s.word_max ELSE ? END
		 FROM (SELECT bool_or(w.word IS NOT NULL) AS words, max(w.scale_max) AS word_max
		       FROM ${answers} u LEFT JOIN ${t('words')} w ON w.word = ${foldedAnswer('u.answer')}) s
		 WHERE file_id = ?`,
		[numeric.min, numeric.max, raw.fileId]
	);
}
