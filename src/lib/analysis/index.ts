import type { Engine } from '../engine/types';
import { coverage, type CoverageRow, type Disproportion, type Oversupply } from './coverage';
import { deficitTrends } from './deficits';
import { findings, type FindingInputs } from './findings';
import { linkage, type LinkageResult } from './linkage';
import { detectMode, marks, weakestSubject, type MarksRow, type Mode } from './marks';
import { inventory } from './missing';
import { priorities, type Priority } from './priorities';
import { objectivity, reference, tasks, type ObjectivityRow, type ReferenceRow, type TaskRow } from './vpr';
import type { Locale, Translate } from '../i18n';
import { inMode } from '../i18n/mode';

export interface Analysis {
	/** Distinct children in the outcomes: namesakes of one group counted apart, the figure every view shows. */
	children: number;
	linkage: LinkageResult[];
	coverage: CoverageRow[];
	oversupply: Oversupply[];
	disproportion: Disproportion[];
	priorities: Priority[];
	findings: string[];
	inputs: FindingInputs;
	/** School when the outcomes are marks 2–5 (marks.ts); the page may let the user say otherwise. */
	mode: Mode;
	marks: MarksRow[];
	tasks: TaskRow[];
	objectivity: ObjectivityRow[];
	/** The region's marks from a ФИС ОКО Ф3 form, to set the school's own beside (vpr.ts). */
	reference: ReferenceRow[];
}

/** The weakest subject said in marks: mean, успеваемость, качество, «2». */
function weakestInMarks(rows: MarksRow[]): FindingInputs['weakest'] {
	const w = weakestSubject(rows);
	if (!w) return null;
	return {
		area: w.subject,
		period: w.period,
		mean: w.mean,
		pct: (100 * (w.mean - 2)) / 3,
		n: w.n,
		lowShare: w.share_2,
		scaleMin: 2,
		scaleMax: 5,
		marks: { pass: w.pass_rate, quality: w.quality_rate, share2: w.share_2 }
	};
}

/** The weakest area at the last period: the first thing a head asks. */
async function weakest(engine: Engine): Promise<FindingInputs['weakest']> {
	// From the cube (group × area × period × file), then named: the outcomes table can hold millions of rows.
	const table = await engine.query(`
		WITH last AS (SELECT period_id, label FROM periods
			WHERE period_id IN (SELECT period_id FROM outcome_cube) ORDER BY period_order DESC LIMIT 1),
		per_area AS (
			SELECT c.area_id, sum(c.score_sum) / sum(c.n) AS mean, sum(c.norm_sum) / sum(c.norm_n) AS mean_norm,
			  sum(c.n)::BIGINT AS n, sum(c.n_low) / sum(c.n) AS low_share, min(f.scale_min) AS scale_min,
			  max(f.scale_max) AS scale_max, count(DISTINCT (f.scale_min, f.scale_max)) AS scales
			FROM outcome_cube c JOIN files f USING (file_id)
			WHERE c.period_id = (SELECT period_id FROM last) GROUP BY c.area_id)
		SELECT a.name AS area, (SELECT label FROM last) AS period, p.*
		FROM per_area p JOIN areas a USING (area_id) ORDER BY p.mean_norm LIMIT 1`);
	const row = table.get(0)?.toJSON();
	if (!row) return null;
	return {
		area: row.area,
		period: row.period,
		mean: row.mean,
		pct: 100 * row.mean_norm,
		n: row.n,
		lowShare: row.low_share,
		scaleMin: row.scale_min,
		scaleMax: row.scale_max,
		mixedScales: Number(row.scales) > 1
	};
}

const inPoints = (w: FindingInputs['weakest']) => (w ? { ...w, school: true } : null);

/**
 * Every analysis of DESIGN.md over the loaded tables, and the findings in the given language. `linkage`:
 * the linkage computed before, when nothing it reads has changed since (a correction of the plan).
 */
export async function analyzeAll(
	engine: Engine,
	t: Translate,
	locale: Locale,
	reuse: { linkage?: LinkageResult[] } = {}
): Promise<Analysis> {
	const links = reuse.linkage ?? (await linkage(engine));
	const { rows, oversupply, disproportion, final } = await coverage(engine);
	const ranked = priorities(rows, links);
	const mode = await detectMode(engine);
	const school = {
		marks: mode === 'school' ? await marks(engine) : [],
		tasks: mode === 'school' ? await tasks(engine) : [],
		objectivity: mode === 'school' ? await objectivity(engine) : [],
		reference: mode === 'school' ? await reference(engine) : []
	};
	// One scale shared by every outcome file: the headline can say a difference in its points too.
	const scales = (
		await engine.query(
			`SELECT min(scale_min) AS min, max(scale_max) AS max, count(DISTINCT (scale_min, scale_max)) AS n
			FROM files WHERE kind = 'outcomes'`
		)
	)
		.get(0)
		?.toJSON();
	const inputs: FindingInputs = {
		scale: scales && Number(scales.n) === 1 ? { min: Number(scales.min), max: Number(scales.max) } : null,
		weakest:
			mode === 'school'
				? // School data on points (a ВПР form without marks): said in points, never in levels.
					(weakestInMarks(school.marks) ?? inPoints(await weakest(engine)))
				: await weakest(engine),
		tasks: school.tasks,
		objectivity: school.objectivity,
		trends: await deficitTrends(engine),
		linkage: links,
		coverage: rows,
		oversupply,
		disproportion,
		priorities: ranked,
		inventory: await inventory(engine),
		final
	};
	const children = Number(
		// Summed over groups from the cube's counts: a child is in one group (its id hashes the group).
		(await engine.query(`SELECT sum(children) AS n FROM outcome_children WHERE all_periods`)).get(0)?.n ?? 0
	);
	return {
		children,
		linkage: links,
		coverage: rows,
		oversupply,
		disproportion,
		priorities: ranked,
		// A school's words (классы, предметы) in the sentences too.
		findings: findings(inputs, inMode(t, mode), locale),
		inputs,
		mode,
		...school
	};
}
