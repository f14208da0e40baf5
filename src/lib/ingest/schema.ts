import type { Engine } from '../engine/types';
import { LEVEL_CUTS } from './scales';

/** The normalised tables every analysis reads (DESIGN.md, «Data model»), empty until files arrive. */
export const SCHEMA = `
CREATE OR REPLACE TABLE files(file_id INTEGER, file VARCHAR, kind VARCHAR, encoding VARCHAR, delimiter VARCHAR,
  rows_in INTEGER, rows_loaded INTEGER, rows_rejected INTEGER, scale_min DOUBLE, scale_max DOUBLE,
  scale_words BOOLEAN, scale_from VARCHAR);
-- scale_from, for outcomes: 'values' (guessed from the scores seen), 'legend' (the file's own «3 балла — …»),
-- 'marks' (2–5 by the column's name), 'declared' (a maximum the form states or its tasks sum to).
-- file_id tells two files of the same name apart; file is the name the page shows.
CREATE OR REPLACE TABLE rejects(file VARCHAR, "row" INTEGER, reason VARCHAR, text VARCHAR, file_id INTEGER);
-- Ids are hashes of names (groups, areas, periods) or of group + name (children): computed in place on a
-- million rows with no join, and the same child gets the same id in every file. They stay inside SQL.
-- age: the group's age as an outcome file's age column writes it (its most frequent value), if any.
CREATE OR REPLACE TABLE groups(group_id UBIGINT, name VARCHAR, age VARCHAR);
CREATE OR REPLACE TABLE children(child_id UBIGINT, name VARCHAR, group_id UBIGINT);
-- Children of one name in one group (namesakes): told apart by an id column, or by their order in the list.
CREATE OR REPLACE TABLE namesakes(file_id INTEGER, "group" VARCHAR, child VARCHAR, n INTEGER, by_id BOOLEAN);
CREATE OR REPLACE TABLE areas(area_id UBIGINT, name VARCHAR, area_order INTEGER);
-- date_assumed: the label named no day («Конец года», «I четверть») and the school year gave it one.
CREATE OR REPLACE TABLE periods(period_id UBIGINT, label VARCHAR, period_order DOUBLE, period_date DATE,
  period_end DATE, date_assumed BOOLEAN);
-- One row per child × area × period; narrow (ids and the score as written) because it reaches millions
-- of rows. The normalised score and the level are derived in the view below from the file's scale.
CREATE OR REPLACE TABLE outcomes(file_id INTEGER, "row" INTEGER, child_id UBIGINT, group_id UBIGINT,
  area_id UBIGINT, period_id UBIGINT, score DOUBLE);
-- Tasks of a ВПР form («1 (2б)») and indicators of an area, each child's score with the task's maximum
-- where the header gives it; the journal's mark beside a ВПР mark is an item too.
CREATE OR REPLACE TABLE outcome_items(file_id INTEGER, "row" INTEGER, child_id UBIGINT, group_id UBIGINT,
  area_id UBIGINT, period_id UBIGINT, score DOUBLE, item VARCHAR, max DOUBLE);
-- The normalised score computed once per row, the level from it (a quarter of the outcome cube's time).
CREATE OR REPLACE VIEW outcomes_scored AS
  SELECT *, CASE WHEN score_norm < ${LEVEL_CUTS.low} THEN 'low' WHEN score_norm >= ${LEVEL_CUTS.high} THEN 'high'
         ELSE 'mid' END AS level
  FROM (SELECT o.*, (o.score - f.scale_min) / (f.scale_max - f.scale_min) AS score_norm
        FROM outcomes o JOIN files f USING (file_id));
-- Each child's first and last assessment of an area (the year's first and last period with outcomes):
-- the pairing that growth, the linkage and the dynamics share. Raw and normalised; a query reads what it needs.
CREATE OR REPLACE VIEW outcome_pairs AS
  WITH bounds AS (
    SELECT min(period_order) AS first, max(period_order) AS last FROM periods
    WHERE period_id IN (SELECT DISTINCT period_id FROM outcomes))
  SELECT o.area_id, o.group_id, o.child_id,
    avg(o.score) FILTER (p.period_order = b.first) AS s0,
    avg(o.score) FILTER (p.period_order = b.last) AS s1,
    avg(o.score_norm) FILTER (p.period_order = b.first) AS s0_norm,
    avg(o.score_norm) FILTER (p.period_order = b.last) AS s1_norm
  FROM outcomes_scored o JOIN periods p USING (period_id), bounds b
  GROUP BY o.area_id, o.group_id, o.child_id;
CREATE OR REPLACE VIEW outcomes_named AS
  SELECT o.*, c.name AS child, g.name AS "group", a.name AS area, a.area_order, p.label AS period,
    p.period_order, p.period_date, f.scale_min, f.scale_max
  FROM outcomes_scored o JOIN children c USING (child_id) JOIN groups g ON g.group_id = o.group_id
  JOIN areas a USING (area_id) JOIN periods p USING (period_id) JOIN files f USING (file_id);
CREATE OR REPLACE TABLE survey_answers(file VARCHAR, "row" INTEGER, teacher VARCHAR, teacher_key VARCHAR,
  position VARCHAR, submitted TIMESTAMP, competency VARCHAR, item VARCHAR, answer VARCHAR,
  score DOUBLE, score_norm DOUBLE);
-- The word scale each survey question or grid was read on (inferred, or the user's order): one row per
-- distinct answer; status scale (score on 1..levels), missing («Затрудняюсь ответить») or unknown.
CREATE OR REPLACE TABLE survey_scales(file_id INTEGER, grid VARCHAR, answer VARCHAR, status VARCHAR,
  "rank" INTEGER, score DOUBLE, levels INTEGER, how VARCHAR);
-- Problems of one cell that do not reject its row (an unknown survey answer, a plan date not understood).
CREATE OR REPLACE TABLE cell_notes(file VARCHAR, "row" INTEGER, "column" VARCHAR, reason VARCHAR, text VARCHAR);
-- Every survey submission that named a teacher: the kept one and the earlier repeats.
CREATE OR REPLACE TABLE survey_submissions(file VARCHAR, "row" INTEGER, teacher_key VARCHAR, teacher VARCHAR,
  submitted TIMESTAMP, kept BOOLEAN);
-- date_label: the deadline as written; date_how: how it was read (plan-dates.ts), the dates NULL when it names
-- none («по плану ОО») or could not be read.
CREATE OR REPLACE TABLE events(file VARCHAR, "row" INTEGER, title VARCHAR, form VARCHAR,
  date_from DATE, date_to DATE, responsible VARCHAR, participants VARCHAR, target VARCHAR,
  hours DOUBLE, status VARCHAR, date_label VARCHAR, date_how VARCHAR);
CREATE OR REPLACE TABLE person_names(name VARCHAR, teacher_key VARCHAR, status VARCHAR);
CREATE OR REPLACE TABLE name_candidates(name VARCHAR, teacher_key VARCHAR, candidate VARCHAR);
CREATE OR REPLACE TABLE teachers(teacher_key VARCHAR, name VARCHAR);
-- everyone: «все» in the participants cell; otherwise one row per named participant.
CREATE OR REPLACE TABLE event_participants(file VARCHAR, event_row INTEGER, name VARCHAR, teacher_key VARCHAR,
  everyone BOOLEAN);
CREATE OR REPLACE TABLE assignments(file VARCHAR, "row" INTEGER, teacher VARCHAR, teacher_key VARCHAR,
  position VARCHAR, "group" VARCHAR, area VARCHAR);
-- «Классное руководство»: the class a teacher leads, which is no subject they teach there.
CREATE OR REPLACE TABLE homerooms(file VARCHAR, "row" INTEGER, teacher VARCHAR, teacher_key VARCHAR, class VARCHAR);
CREATE OR REPLACE TABLE deficits(teacher_key VARCHAR, teacher VARCHAR, competency VARCHAR,
  score_norm DOUBLE, is_deficit BOOLEAN);
-- ФИС ОКО Ф3 «Статистика по отметкам» kept as a reference: shares (0..1) of marks 2–5 by level.
CREATE OR REPLACE TABLE vpr_reference(file_id INTEGER, "row" INTEGER, subject VARCHAR, parallel VARCHAR,
  period VARCHAR, level VARCHAR, name VARCHAR, schools INTEGER, n INTEGER, p2 DOUBLE, p3 DOUBLE, p4 DOUBLE,
  p5 DOUBLE);
-- A ВПР task → «проверяемое умение» map; subject null when the file names none (then it fits every subject).
CREATE OR REPLACE TABLE vpr_skills(file_id INTEGER, "row" INTEGER, subject VARCHAR, task VARCHAR, skill VARCHAR);
`;

export async function createSchema(engine: Engine): Promise<void> {
	await engine.exec(SCHEMA);
}
