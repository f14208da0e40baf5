import type { Engine } from '../engine/types';
import { column } from '../engine/columns';
import { surveyScores } from './draft-data';

/**
 * What year over year needs from one year's loaded files, read from that year's own engine. Two years are
 * two engines, not one engine with prefixed tables: every query of the analysis names the tables
 * (`deficits`, `outcomes`, `events`…) and runs unchanged on last year's project, which is loaded with its
 * own choices exactly as the page would open it; the facts are small, so the second engine is closed as
 * soon as they are taken.
 */
export interface YearFacts {
	/** Each respondent × competency: in deficit or not (the self-rating itself is not kept here). */
	survey: { teacher: string; competency: string; deficit: boolean }[];
	/** Each area at the first and the last period of the year: mean score and children assessed. */
	areas: {
		area: string;
		start: number | null;
		end: number;
		nStart: number;
		nEnd: number;
		/** The files' scale («0–3»): two years on different scales are not compared. */
		scale: string;
	}[];
	/** Each plan event with a targeted competency: who was in that deficit, and whether they took part. */
	events: {
		title: string;
		form: string | null;
		date: string | null;
		competency: string;
		inDeficit: { teacher: string; tookPart: boolean }[];
	}[];
}

export async function yearFacts(engine: Engine): Promise<YearFacts> {
	const survey = (await surveyScores(engine)).map(({ teacher, competency, deficit }) => ({
		teacher,
		competency,
		deficit
	}));
	const areas = await engine.query(`
		WITH used AS (SELECT period_id, period_order FROM periods WHERE period_id IN (SELECT DISTINCT period_id FROM outcomes)),
		ends AS (SELECT (SELECT period_id FROM used ORDER BY period_order LIMIT 1) AS first_id,
		                (SELECT period_id FROM used ORDER BY period_order DESC LIMIT 1) AS last_id)
		SELECT a.name AS area, a.area_order,
		  avg(o.score) FILTER (o.period_id = e.first_id AND e.first_id <> e.last_id) AS start,
		  count(o.score) FILTER (o.period_id = e.first_id AND e.first_id <> e.last_id) AS n_start,
		  avg(o.score) FILTER (o.period_id = e.last_id) AS "end",
		  count(o.score) FILTER (o.period_id = e.last_id) AS n_end,
		  min(f.scale_min) AS scale_min, max(f.scale_max) AS scale_max
		FROM outcomes o CROSS JOIN ends e JOIN areas a USING (area_id) JOIN files f USING (file_id)
		GROUP BY a.name, a.area_order ORDER BY a.area_order, a.name`);
	const start = column<number | null>(areas, 'start');
	const nStart = column<number>(areas, 'n_start');
	const end = column<number>(areas, 'end');
	const nEnd = column<number>(areas, 'n_end');
	const scaleMin = column<number | null>(areas, 'scale_min');
	const scaleMax = column<number | null>(areas, 'scale_max');
	const events = await engine.query(`
		SELECT e.file, e."row", e.title, e.form, e.date_from, e.date_from::VARCHAR AS date, t.competency,
		  coalesce(tn.name, d.teacher) AS teacher,
		  bool_or(p.everyone OR p.teacher_key = d.teacher_key) AS took_part
		FROM event_targets t
		JOIN events e ON e.file = t.file AND e."row" = t.event_row
		JOIN deficits d ON d.competency = t.competency AND d.is_deficit
		LEFT JOIN event_participants p ON p.file = t.file AND p.event_row = t.event_row
		LEFT JOIN teachers tn ON tn.teacher_key = d.teacher_key
		GROUP BY ALL ORDER BY e.date_from NULLS LAST, e.file, e."row", teacher`);
	const grouped = new Map<string, YearFacts['events'][number]>();
	const ev = {
		file: column<string>(events, 'file'),
		row: column<number>(events, 'row'),
		title: column<string>(events, 'title'),
		form: column<string | null>(events, 'form'),
		date: column<string | null>(events, 'date'),
		competency: column<string>(events, 'competency'),
		teacher: column<string>(events, 'teacher'),
		tookPart: column<boolean | null>(events, 'took_part')
	};
	ev.file.forEach((file, i) => {
		const key = JSON.stringify([file, ev.row[i], ev.competency[i]]);
		if (!grouped.has(key))
			grouped.set(key, {
				title: ev.title[i],
				form: ev.form[i],
				date: ev.date[i],
				competency: ev.competency[i],
				inDeficit: []
			});
		grouped.get(key)!.inDeficit.push({ teacher: ev.teacher[i], tookPart: ev.tookPart[i] === true });
	});
	return {
		survey,
		areas: column<string>(areas, 'area').map((area, i) => ({
			area,
			start: nStart[i] > 0 ? start[i] : null,
			end: end[i],
			nStart: nStart[i],
			nEnd: nEnd[i],
			scale: `${scaleMin[i] ?? ''}–${scaleMax[i] ?? ''}`
		})),
		events: [...grouped.values()]
	};
}
