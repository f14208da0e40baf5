import type { Engine } from '../engine/types';

/** The normalised tables every analysis reads (DESIGN.md, «Data model»), empty until files arrive. */
export const SCHEMA = `
CREATE OR REPLACE TABLE files(file VARCHAR, kind VARCHAR, encoding VARCHAR, delimiter VARCHAR,
  rows_in INTEGER, rows_loaded INTEGER, rows_rejected INTEGER);
CREATE OR REPLACE TABLE rejects(file VARCHAR, "row" INTEGER, reason VARCHAR, text VARCHAR);
CREATE OR REPLACE TABLE outcomes(file VARCHAR, "row" INTEGER, child VARCHAR, "group" VARCHAR,
  area VARCHAR, area_order INTEGER, period VARCHAR, period_order DOUBLE, period_date DATE, score DOUBLE, score_norm DOUBLE,
  scale_min DOUBLE, scale_max DOUBLE, level VARCHAR);
CREATE OR REPLACE TABLE survey_answers(file VARCHAR, "row" INTEGER, teacher VARCHAR, teacher_key VARCHAR,
  position VARCHAR, submitted TIMESTAMP, competency VARCHAR, item VARCHAR, answer VARCHAR,
  score DOUBLE, score_norm DOUBLE);
CREATE OR REPLACE TABLE events(file VARCHAR, "row" INTEGER, title VARCHAR, form VARCHAR,
  date_from DATE, date_to DATE, responsible VARCHAR, participants VARCHAR, target VARCHAR,
  hours DOUBLE, status VARCHAR);
CREATE OR REPLACE TABLE assignments(file VARCHAR, "row" INTEGER, teacher VARCHAR, teacher_key VARCHAR,
  position VARCHAR, "group" VARCHAR, area VARCHAR);
CREATE OR REPLACE TABLE deficits(teacher_key VARCHAR, teacher VARCHAR, competency VARCHAR,
  score_norm DOUBLE, is_deficit BOOLEAN);
`;

export async function createSchema(engine: Engine): Promise<void> {
	await engine.exec(SCHEMA);
}
