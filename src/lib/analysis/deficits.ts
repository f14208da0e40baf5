import type { Engine, SqlParam } from '../engine/types';
import { column } from '../engine/columns';

/**
 * What the filters narrow the survey to: the teachers who work in a group (roster «все» included), the
 * competencies linked to an area, one teacher. Empty means all.
 */
export type DeficitScope = { group?: string; area?: string; teacher?: string };

function scoped(scope: DeficitScope): { where: string; params: SqlParam[] } {
	const { group = '', area = '', teacher = '' } = scope;
	return {
		where: `(? = '' OR teacher_key IN (SELECT teacher_key FROM assignments WHERE "group" IS NULL OR "group" = ?))
		  AND (? = '' OR competency IN (SELECT competency FROM competency_area WHERE area = ?))
		  AND (? = '' OR teacher_key = ?)`,
		params: [group, group, area, area, teacher, teacher]
	};
}

/** Share of the surveyed teachers in deficit per competency, most widespread first. */
export interface DeficitPrevalence {
	competencies: string[];
	/** Teachers in deficit. */
	inDeficit: number[];
	/** Teachers who answered on that competency. */
	respondents: number[];
	share: number[];
}

export async function deficitPrevalence(
	engine: Engine,
	scope: DeficitScope = {}
): Promise<DeficitPrevalence> {
	const { where, params } = scoped(scope);
	const table = await engine.query(
		`SELECT competency, count(*) FILTER (is_deficit) AS in_deficit, count(*) AS respondents,
		  avg(is_deficit::INT) AS share
		FROM deficits WHERE ${where} GROUP BY competency ORDER BY share DESC, competency`,
		params
	);
	return {
		competencies: column<string>(table, 'competency'),
		inDeficit: column<number>(table, 'in_deficit'),
		respondents: column<number>(table, 'respondents'),
		share: column<number>(table, 'share')
	};
}

/** Teacher × competency: each teacher's normalised score and whether it is a deficit. */
export interface DeficitMatrix {
	teachers: string[];
	competencies: string[];
	/** `score[t][c]`, NaN where the teacher did not answer on that competency. */
	score: number[][];
	deficit: boolean[][];
}

export async function deficitMatrix(engine: Engine, scope: DeficitScope = {}): Promise<DeficitMatrix> {
	const { where, params } = scoped(scope);
	const table = await engine.query(
		`SELECT coalesce(t.name, d.teacher) AS teacher, d.competency, d.score_norm, d.is_deficit
		FROM deficits d LEFT JOIN teachers t USING (teacher_key) WHERE ${where} ORDER BY teacher, d.competency`,
		params
	);
	const teacher = column<string>(table, 'teacher');
	const competency = column<string>(table, 'competency');
	const teachers = [...new Set(teacher)];
	const competencies = [...new Set(competency)].sort();
	const score = teachers.map(() => competencies.map(() => NaN));
	const deficit = teachers.map(() => competencies.map(() => false));
	const s = column<number>(table, 'score_norm');
	const d = column<boolean>(table, 'is_deficit');
	teacher.forEach((name, i) => {
		const [r, c] = [teachers.indexOf(name), competencies.indexOf(competency[i])];
		score[r][c] = s[i];
		deficit[r][c] = d[i];
	});
	return { teachers, competencies, score, deficit };
}

/** Collective trends («тенденции»): competencies ranked by prevalence, then by the lower mean score. */
export async function deficitTrends(
	engine: Engine,
	scope: DeficitScope = {}
): Promise<{ competency: string[]; prevalence: number[]; meanScore: number[]; respondents: number[] }> {
	const { where, params } = scoped(scope);
	const table = await engine.query(
		`SELECT competency, avg(is_deficit::INT) AS prevalence, avg(score_norm) AS mean_score, count(*) AS respondents
		FROM deficits WHERE ${where} GROUP BY competency ORDER BY prevalence DESC, mean_score, competency`,
		params
	);
	return {
		competency: column(table, 'competency'),
		prevalence: column(table, 'prevalence'),
		meanScore: column(table, 'mean_score'),
		respondents: column(table, 'respondents')
	};
}
