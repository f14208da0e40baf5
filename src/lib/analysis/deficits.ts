import type { Engine } from '../engine/types';
import { column } from './columns';

/** Share of the surveyed teachers in deficit per competency, most widespread first. */
export interface DeficitPrevalence {
	competencies: string[];
	/** Teachers in deficit. */
	inDeficit: number[];
	/** Teachers who answered on that competency. */
	respondents: number[];
	share: number[];
}

export async function deficitPrevalence(engine: Engine): Promise<DeficitPrevalence> {
	const table = await engine.query(`
		SELECT competency, count(*) FILTER (is_deficit) AS in_deficit, count(*) AS respondents,
		  avg(is_deficit::INT) AS share
		FROM deficits GROUP BY competency ORDER BY share DESC, competency`);
	return {
		competencies: column<string>(table, 'competency'),
		inDeficit: column<number>(table, 'in_deficit'),
		respondents: column<number>(table, 'respondents'),
		share: column<number>(table, 'share')
	};
}
