import type { Engine } from '../engine/types';
import { column } from '../engine/columns';

/** People the files do not agree on: what the quality view asks the methodist to look at. */
export interface PeopleReport {
	teachers: number;
	/** On the roster, absent from the survey. */
	noSurvey: string[];
	/** Answered the survey, absent from the roster. */
	notInRoster: string[];
	/** Spellings that fit several people, with who they might be. */
	ambiguous: { name: string; candidates: { key: string; name: string }[] }[];
	/** Plan participants who match nobody on the roster or in the survey. */
	unknownParticipants: string[];
	/** Spellings taken to be the same person, for the user to check: written → matched. */
	matches: { written: string; teacher: string }[];
	/** Children of one name in one group: counted apart, told apart by the file's «№» or by list order. */
	namesakes: { group: string; child: string; n: number; byId: boolean }[];
}

export async function peopleReport(engine: Engine): Promise<PeopleReport> {
	const names = async (sql: string) => column<string>(await engine.query(sql), 'name');
	const teachers = Number((await engine.query(`SELECT count(*) AS n FROM teachers`)).get(0)?.n ?? 0);
	const noSurvey = await names(`
		SELECT t.name FROM teachers t
		WHERE t.teacher_key IN (SELECT teacher_key FROM assignments)
		  AND t.teacher_key NOT IN (SELECT teacher_key FROM survey_answers) ORDER BY t.name`);
	const notInRoster = await names(`
		SELECT t.name FROM teachers t
		WHERE t.teacher_key IN (SELECT teacher_key FROM survey_answers)
		  AND (SELECT count(*) FROM assignments) > 0
		  AND t.teacher_key NOT IN (SELECT teacher_key FROM assignments WHERE teacher_key IS NOT NULL) ORDER BY t.name`);
	const candidates = await engine.query(
		`SELECT name, teacher_key, candidate FROM name_candidates ORDER BY name, candidate`
	);
	const ambiguous: PeopleReport['ambiguous'] = [];
	const cName = column<string>(candidates, 'name');
	const cKey = column<string>(candidates, 'teacher_key');
	const cCandidate = column<string>(candidates, 'candidate');
	cName.forEach((name, i) => {
		if (ambiguous.at(-1)?.name !== name) ambiguous.push({ name, candidates: [] });
		ambiguous.at(-1)!.candidates.push({ key: cKey[i], name: cCandidate[i] });
	});
	const unknownParticipants = await names(`
		SELECT DISTINCT name FROM event_participants WHERE teacher_key IS NULL AND NOT everyone ORDER BY name`);
	const matched = await engine.query(`
		SELECT p.name AS written, t.name AS teacher FROM person_names p JOIN teachers t USING (teacher_key)
		WHERE p.name <> t.name ORDER BY t.name, p.name`);
	const matches = column<string>(matched, 'written').map((written, i) => ({
		written,
		teacher: column<string>(matched, 'teacher')[i]
	}));
	const same = await engine.query(
		`SELECT "group", child, max(n)::INTEGER AS n, bool_and(by_id) AS by_id FROM namesakes GROUP BY ALL ORDER BY ALL`
	);
	const namesakes = column<string>(same, 'child').map((child, i) => ({
		group: column<string>(same, 'group')[i],
		child,
		n: Number(column<number>(same, 'n')[i]),
		byId: Boolean(column<boolean>(same, 'by_id')[i])
	}));
	return { teachers, noSurvey, notInRoster, ambiguous, unknownParticipants, matches, namesakes };
}

/** Rejected rows by file and reason, for the quality view's filters. */
export async function rejectCounts(
	engine: Engine
): Promise<{ file: string[]; reason: string[]; n: number[] }> {
	const table = await engine.query(
		`SELECT file, reason, count(*) AS n FROM rejects GROUP BY ALL ORDER BY file, n DESC`
	);
	return { file: column(table, 'file'), reason: column(table, 'reason'), n: column(table, 'n') };
}

/** Rejected rows, filtered, at most `limit` of them (a broken file can reject a million). */
export async function rejectRows(
	engine: Engine,
	filter: { file?: string; reason?: string; limit?: number } = {}
): Promise<{ file: string[]; row: number[]; reason: string[]; text: string[]; total: number }> {
	const where = `WHERE (? IS NULL OR file = ?) AND (? IS NULL OR reason = ?)`;
	const params = [filter.file ?? null, filter.file ?? null, filter.reason ?? null, filter.reason ?? null];
	const table = await engine.query(
		`SELECT file, "row", reason, text FROM rejects ${where} ORDER BY file, "row" LIMIT ?`,
		[...params, filter.limit ?? 200]
	);
	const total = Number(
		(await engine.query(`SELECT count(*) AS n FROM rejects ${where}`, params)).get(0)?.n ?? 0
	);
	return {
		file: column(table, 'file'),
		row: column(table, 'row'),
		reason: column(table, 'reason'),
		text: column(table, 'text'),
		total
	};
}

/** The links the loader guessed, for the user to confirm or change. */
export interface LinksReport {
	areas: string[];
	competencies: { name: string; areas: string[]; confirmed: boolean }[];
	events: {
		file: string;
		row: number;
		title: string;
		target: string | null;
		competency: string | null;
		how: string | null;
	}[];
}

export async function linksReport(engine: Engine): Promise<LinksReport> {
	const areas = column<string>(await engine.query(`SELECT name FROM areas ORDER BY area_order`), 'name');
	const map = await engine.query(`
		SELECT c.competency AS name, list(ca.area ORDER BY ca.area) FILTER (ca.area IS NOT NULL) AS areas,
		  bool_or(ca.how = 'confirmed') AS confirmed
		FROM (SELECT competency, min("row") AS first FROM survey_answers GROUP BY competency) c
		LEFT JOIN competency_area ca USING (competency)
		GROUP BY c.competency, c.first ORDER BY c.first, c.competency`);
	const events = await engine.query(`
		SELECT e.file, e."row", e.title, e.target, t.competency, t.how
		FROM events e LEFT JOIN event_targets t ON t.file = e.file AND t.event_row = e."row"
		ORDER BY e.file, e."row"`);
	const names = column<string>(map, 'name');
	const lists = column<{ toArray(): string[] } | null>(map, 'areas');
	const confirmed = column<boolean | null>(map, 'confirmed');
	const [file, row, title, target, competency, how] = [
		column<string>(events, 'file'),
		column<number>(events, 'row'),
		column<string>(events, 'title'),
		column<string | null>(events, 'target'),
		column<string | null>(events, 'competency'),
		column<string | null>(events, 'how')
	];
	return {
		areas,
		competencies: names.map((name, i) => ({
			name,
			areas: lists[i] ? Array.from(lists[i]!.toArray()) : [],
			confirmed: confirmed[i] === true
		})),
		events: file.map((f, i) => ({
			file: f,
			row: row[i],
			title: title[i],
			target: target[i],
			competency: competency[i],
			how: how[i]
		}))
	};
}
