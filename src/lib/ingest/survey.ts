import { ident } from '../engine/sql';
import type { Engine, SqlParam } from '../engine/types';
import { inferAnswerScale, type AnswerScale, type AnswerScaleHow } from './answer-scale';
import { blankRow, classifyRows, type RawTable } from './sql-rows';
import { inferLikertScale } from './scales';
import { cell, numberFrom } from './sql-text';

/** SQL: the grid a Google Forms question belongs to («Раздел I [Умение]» → «Раздел I»), else the question. */
const gridOf = (item: string) =>
	`coalesce(nullif(trim(regexp_extract(${item}, '^(.*)\\[[^\\]]+\\]\\s*$', 1)), ''), ${item})`;
/** SQL: the competency of a question, the grid row in brackets, else the whole question. */
const competencyOf = (item: string) =>
	`coalesce(nullif(trim(regexp_extract(${item}, '\\[([^\\]]+)\\]\\s*$', 1)), ''), ${item})`;

/**
 * A survey export (Google Forms wide, grid questions «Вопрос [Компетенция]»; or long) into
 * `survey_answers`, one row per teacher × question. Each question or grid's word scale is inferred from
 * its answers (or taken from the user's order) into `survey_scales`. A cell saying «no answer» is missing,
 * an unknown word is noted in `cell_notes` and skipped; a submission is rejected only when none of its
 * answers can be read. Of a teacher's repeated submissions the latest counts.
 */
export async function loadSurvey(raw: RawTable): Promise<void> {
	const { engine, roles } = raw;
	const { teacher, timestamp, position } = roles;
	const items = roles.items ?? [];
	if (!teacher) return;
	const t = (name: string) => ident(`${raw.table}_${name}`);

	// Wide (Google Forms): a row is a submission, one column per question. Long: a row is one answer.
	const long = items.length === 0 && roles.competency !== undefined && roles.score !== undefined;
	const cells = long
		? `SELECT _row, ${cell(roles.competency)} AS item, '' AS grid, ${ident(roles.score!)} AS column_name,
		     trim(${ident(roles.score!)}) AS answer FROM ${ident(raw.table)}`
		: items.length
			? `SELECT _row, item, ${gridOf('item')} AS grid, item AS column_name, trim(answer) AS answer
			   FROM (UNPIVOT (SELECT _row, ${items.map(ident).join(', ')} FROM ${ident(raw.table)})
			         ON ${items.map(ident).join(', ')} INTO NAME item VALUE answer)`
			: `SELECT NULL::INTEGER AS _row, NULL AS item, NULL AS grid, NULL AS column_name, NULL AS answer WHERE false`;
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${t('cells')} AS
		 SELECT *, ${numberFrom('answer')} AS number FROM (${cells}) WHERE nullif(answer, '') IS NOT NULL`
	);
	await addScales(raw, t('cells'));
	await engine.query(
		`CREATE OR REPLACE TEMP TABLE ${t('read')} AS
		 SELECT c.*, CASE WHEN s.status IS NOT NULL THEN s.status WHEN c.number IS NOT NULL THEN 'number'
		   ELSE 'unknown' END AS status, s.score AS word_score, s.levels
		 FROM ${t('cells')} c LEFT JOIN (SELECT * FROM survey_scales WHERE file_id = ?) s
		   ON s.grid = c.grid AND s.answer = c.answer`,
		[raw.fileId]
	);

	const submitted = timestamp
		? `try_strptime(trim(${ident(timestamp)}), ['%d.%m.%Y %H:%M:%S', '%d.%m.%Y %H:%M', '%Y-%m-%d %H:%M:%S', '%Y/%m/%d %H:%M:%S', '%d.%m.%Y', '%Y-%m-%d'])`
		: 'NULL::TIMESTAMP';
	const basic = `CASE
		WHEN ${blankRow(raw)} THEN 'blank_row'
		WHEN ${cell(teacher)} IS NULL THEN 'no_teacher'
		${long ? `WHEN ${cell(roles.competency)} IS NULL THEN 'no_competency'` : ''}
		WHEN coalesce(a.usable, 0) = 0 AND coalesce(a.unknown, 0) > 0 THEN 'bad_answer'
		WHEN coalesce(a.usable, 0) = 0 THEN 'no_answers'
	END`;
	const from = `(SELECT r.*, ${basic} AS _basic, coalesce(n.teacher_key, 'unmatched: ' || ${cell(teacher)}) AS _key, ${submitted} AS _submitted
		${long ? `, lower(${cell(roles.competency)}) AS _competency_key` : ''}
		FROM ${ident(raw.table)} r LEFT JOIN person_names n ON n.name = ${cell(teacher)}
		LEFT JOIN (SELECT _row, count(*) FILTER (status IN ('scale', 'number')) AS usable,
		             count(*) FILTER (status = 'unknown') AS unknown
		           FROM ${t('read')} GROUP BY _row) a ON a._row = r._row)`;
	// Of repeated submissions (or repeated answers on one competency) the latest counts.
	const reason = `coalesce(_basic, CASE WHEN row_number() OVER (PARTITION BY _key, _basic IS NULL
		${long ? ', _competency_key' : ''} ORDER BY _submitted DESC NULLS LAST, _row DESC) > 1
		THEN ${long ? `'duplicate_answer'` : `'duplicate_submission'`} END)`;
	const classified = await classifyRows(
		raw,
		reason,
		`_row, _key, _submitted, ${cell(teacher)} AS _teacher, ${cell(position)} AS _position`,
		from
	);
	await engine.query(
		`INSERT INTO survey_submissions SELECT DISTINCT ?, _row, _key, _teacher, _submitted, _reason IS NULL
		 FROM ${ident(classified)} WHERE _reason IS NULL OR _reason IN ('duplicate_submission', 'duplicate_answer')`,
		[raw.file]
	);
	// Unknown words of the submissions that name a teacher: the cell is skipped, the row stays.
	await engine.query(
		`INSERT INTO cell_notes SELECT ?, c._row, r.column_name, 'bad_answer_cell', r.answer
		 FROM ${t('read')} r JOIN ${ident(classified)} c ON c._row = r._row
		 WHERE r.status = 'unknown' AND (c._reason IS NULL OR c._reason NOT IN ('blank_row', 'no_teacher', 'no_competency'))
		 ORDER BY c._row, r.column_name`,
		[raw.file]
	);

	const kept = `(SELECT r.*, c._key, c._teacher, c._position, c._submitted
		FROM ${t('read')} r JOIN ${ident(classified)} c ON c._row = r._row
		WHERE c._reason IS NULL AND r.status IN ('scale', 'number'))`;
	const range = (
		await engine.query(`SELECT min(number) AS lo, max(number) AS hi FROM ${kept} WHERE status = 'number'`)
	).get(0);
	const numeric =
		range?.lo == null ? { min: 1, max: 5 } : inferLikertScale(Number(range.lo), Number(range.hi));
	await engine.query(
		`INSERT INTO survey_answers
		 SELECT ?, _row, _teacher, _key, _position, _submitted, ${long ? 'item' : competencyOf('item')}, item, answer,
		   coalesce(word_score, number),
		   CASE WHEN status = 'scale' THEN (word_score - 1) / (levels - 1) ELSE (number - ?) / (? - ?) END
		 FROM ${kept}`,
		[raw.file, numeric.min, numeric.max, numeric.min]
	);
	// The scale the answers were read on, shown to the user beside the file.
	await engine.query(
		`UPDATE files SET scale_words = s.words, scale_min = CASE WHEN s.words THEN 1 ELSE ? END,
		   scale_max = CASE WHEN s.words THEN s.word_max ELSE ? END
		 FROM (SELECT bool_or(status = 'scale') AS words, max(levels) AS word_max FROM ${kept}) s
		 WHERE file_id = ?`,
		[numeric.min, numeric.max, raw.fileId]
	);
}

/** Infer each grid's word scale from its distinct answers into `survey_scales`, in one insert. */
async function addScales(raw: RawTable, cells: string): Promise<void> {
	const { engine } = raw;
	const distinct = await engine.query(
		`SELECT grid, list(DISTINCT answer ORDER BY answer) AS answers FROM ${cells}
		 WHERE number IS NULL GROUP BY grid ORDER BY grid`
	);
	const grids = distinct.toArray().map((row) => {
		const { grid, answers } = row.toJSON() as { grid: string; answers: { toArray(): string[] } };
		return { grid, answers: Array.from(answers.toArray(), String) };
	});
	// A form asks its grids on one scale as a rule: read from all their answers together, a grid that
	// nobody answered at the bottom still gets the same points. Only when the wordings clash (two
	// answers on one point) is each grid read on its own.
	const order = raw.options?.answerOrder;
	const whole = inferAnswerScale([...new Set(grids.flatMap((g) => g.answers))], order);
	const points = whole.answers.map((a) => a.score);
	const shared = new Set(points).size === points.length;
	const values: SqlParam[] = [];
	for (const { grid, answers } of grids) {
		const scale = shared ? restrict(whole, answers) : inferAnswerScale(answers, order);
		const ranks = [...new Set(scale.answers.map((a) => a.score))];
		for (const a of scale.answers)
			values.push(grid, a.answer, 'scale', ranks.indexOf(a.score) + 1, a.score, scale.levels, scale.how);
		for (const answer of scale.missing) values.push(grid, answer, 'missing', null, null, null, scale.how);
		for (const answer of scale.unknown) values.push(grid, answer, 'unknown', null, null, null, scale.how);
	}
	if (values.length === 0) return;
	const rows = Array.from({ length: values.length / 7 }, () => `(?, ?, ?, ?, ?, ?, ?, ?)`);
	await engine.query(
		`INSERT INTO survey_scales VALUES ${rows.join(', ')}`,
		Array.from({ length: values.length / 7 }, (_, i) => [
			raw.fileId,
			...values.slice(i * 7, i * 7 + 7)
		]).flat()
	);
}

/** A file-wide scale as one grid sees it: only the answers that grid received. */
function restrict(scale: AnswerScale, answers: string[]): AnswerScale {
	const own = new Set(answers);
	return {
		...scale,
		answers: scale.answers.filter((a) => own.has(a.answer)),
		missing: scale.missing.filter((a) => own.has(a)),
		unknown: scale.unknown.filter((a) => own.has(a))
	};
}

/** One word scale of a survey file, as the file's card shows it for the user to confirm or reorder. */
export interface AnswerScaleReport {
	/** The questions or grids read on this scale. */
	grids: string[];
	/** From the weakest answer to the strongest, with the score each is read as (1..levels). */
	answers: { answer: string; score: number }[];
	levels: number;
	how: AnswerScaleHow;
	/** Answers taken as «no answer» and answers the scale does not hold (their cells are skipped). */
	missing: string[];
	unknown: string[];
}

/** The word scales a survey file was read on; grids sharing one scale are listed together. */
export async function answerScales(engine: Engine, fileId: number): Promise<AnswerScaleReport[]> {
	const table = await engine.query(
		`WITH g AS (
		   SELECT grid, any_value(how) AS how, max(levels) AS levels,
		     list(answer ORDER BY score, answer) FILTER (status = 'scale') AS answers,
		     list(score ORDER BY score, answer) FILTER (status = 'scale') AS scores,
		     list(answer ORDER BY answer) FILTER (status = 'missing') AS missing,
		     list(answer ORDER BY answer) FILTER (status = 'unknown') AS unknown
		   FROM survey_scales WHERE file_id = ? GROUP BY grid)
		 SELECT list(grid ORDER BY grid) AS grids, how, levels, answers, scores, missing, unknown
		 FROM g GROUP BY how, levels, answers, scores, missing, unknown ORDER BY min(grid)`,
		[fileId]
	);
	const list = (v: unknown): unknown[] =>
		v && typeof v === 'object' && 'toArray' in v ? Array.from((v as { toArray(): unknown[] }).toArray()) : [];
	const merged: AnswerScaleReport[] = [];
	for (const r of table.toArray()) {
		const row = r.toJSON();
		const answers = list(row.answers).map(String);
		const scores = list(row.scores).map(Number);
		const scale: AnswerScaleReport = {
			grids: list(row.grids).map(String),
			answers: answers.map((answer, i) => ({ answer, score: scores[i] })),
			levels: Number(row.levels ?? 0),
			how: row.how as AnswerScaleHow,
			missing: list(row.missing).map(String),
			unknown: list(row.unknown).map(String)
		};
		const same = merged.find((m) => compatible(m, scale));
		if (!same) merged.push(scale);
		else {
			const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
			same.grids = union(same.grids, scale.grids);
			same.answers = [
				...same.answers,
				...scale.answers.filter((a) => !same.answers.some((s) => s.answer === a.answer))
			].sort((a, b) => a.score - b.score);
			same.missing = union(same.missing, scale.missing);
			same.unknown = union(same.unknown, scale.unknown);
		}
	}
	return merged;
}

/** Two grids show as one scale when no answer or point is read two ways (grid II lacks the lowest answer). */
function compatible(a: AnswerScaleReport, b: AnswerScaleReport): boolean {
	if (a.how !== b.how || a.levels !== b.levels) return false;
	return b.answers.every((x) => a.answers.every((y) => (x.answer === y.answer) === (x.score === y.score)));
}
