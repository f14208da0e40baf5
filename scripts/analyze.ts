/**
 * `npm run analyze -- [--json] [--en] [--setups SETUPS.json] [--draft-plan OUT.csv|OUT.xlsx] [--council OUT.docx] FILE...` or
 * `… --project FILE.sverka`: the whole
 * analysis in Node, without a browser, on the same engine and SQL as the page. Prints a readable summary
 * (Russian unless --en), or with --json one object (schema: schemas/analyze.schema.json).
 *
 * The corrections a methodist makes on the page come along: a project file holds them with its files;
 * `--setups` takes them as JSON, by file name:
 * `{"setups": {"dz02.csv": {"kind": "outcomes", "roles": {…}, "values": {…}}}, "sheets": {"f.xlsx": "Лист2"},
 *   "areas": [["Компетенция", ["Область"]]], "targets": [["событие", "Компетенция"]], "resolved": [["имя", "ключ"]]}`.
 */
import { inMode } from '../src/lib/i18n/mode';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { analyzeAll, type Analysis } from '../src/lib/analysis';
import { draftInputs } from '../src/lib/analysis/draft-data';
import { buildDraft } from '../src/lib/analysis/draft-plan';
import { toCsv } from '../src/lib/export/csv';
import { councilDecision } from '../src/lib/analysis/council';
import { councilDocx } from '../src/lib/export/council-docx';
import { draftPlanTable } from '../src/lib/export/draft-plan';
import { toXlsx } from '../src/lib/export/xlsx';
import { peopleReport, rejectRows } from '../src/lib/analysis/quality';
import { createNodeEngine } from '../src/lib/engine/node';
import type { Engine } from '../src/lib/engine/types';
import { reasonText, translator, type Locale, type Translate } from '../src/lib/i18n';
import {
	loadAll,
	sourceFromBytes,
	type FileReport,
	type FileSetup,
	type SourceFile
} from '../src/lib/ingest';
import { expandSheets } from '../src/lib/ingest/sheets';
import { unpackProject } from '../src/lib/state/project';

const TABLE_FILES = ['.csv', '.txt', '.tsv', '.xlsx'];

/** The value after a flag (`--project FILE`), and the arguments without both. */
function takeFlag(argv: string[], flag: string): string | undefined {
	const at = argv.indexOf(flag);
	if (at < 0) return undefined;
	const [, value] = argv.splice(at, 2);
	return value;
}

function parseArgs(args: string[]) {
	const argv = [...args];
	const project = takeFlag(argv, '--project');
	const setups = takeFlag(argv, '--setups');
	const draftPlan = takeFlag(argv, '--draft-plan');
	const council = takeFlag(argv, '--council');
	const json = argv.includes('--json');
	const locale: Locale = argv.includes('--en') ? 'en' : 'ru';
	const paths = argv.filter((a) => !a.startsWith('--'));
	const files = paths.filter((p) => statSync(p).isFile() && TABLE_FILES.includes(extname(p).toLowerCase()));
	const skipped = paths.filter((p) => !files.includes(p));
	return { json, locale, files, skipped, project, setups, draftPlan, council };
}

/** Corrections as the page keeps them: by file, plus names and links. */
interface Corrections {
	sources: SourceFile[];
	setups: (FileSetup | undefined)[];
	sheets: (string | undefined)[];
	resolved: [string, string][];
	areas: [string, string[]][];
	targets: [string, string | null][];
}

async function fromProject(path: string): Promise<Corrections> {
	const { snapshot } = await unpackProject(new Blob([readFileSync(path)]));
	const sources = await Promise.all(
		snapshot.files.map(async (f) => sourceFromBytes(f.name, new Uint8Array(await f.data.arrayBuffer())))
	);
	return { sources, ...snapshot };
}

async function fromFiles(paths: string[], setupsPath?: string): Promise<Corrections> {
	const given = setupsPath ? JSON.parse(readFileSync(setupsPath, 'utf8')) : {};
	const byName = (map: unknown, name: string) =>
		map && typeof map === 'object' && Object.hasOwn(map, name)
			? (map as Record<string, never>)[name]
			: undefined;
	// As on the page: a workbook with outcomes on several sheets is read sheet by sheet («file — sheet»).
	const expanded = await expandSheets(paths.map((p) => sourceFromBytes(basename(p), readFileSync(p))));
	return {
		sources: expanded.sources,
		setups: expanded.sources.map((s) => byName(given.setups, s.name)),
		sheets: expanded.sources.map((s, i) => byName(given.sheets, s.name) ?? expanded.sheets[i]),
		resolved: Array.isArray(given.resolved) ? given.resolved : [],
		areas: Array.isArray(given.areas) ? given.areas : [],
		targets: Array.isArray(given.targets) ? given.targets : []
	};
}

async function duplicates(engine: Engine) {
	const table = await engine.query(`
		SELECT any_value(teacher ORDER BY kept DESC) AS name,
		  any_value(strftime(submitted, '%d.%m.%Y %H:%M:%S') ORDER BY kept DESC) AS kept,
		  list(strftime(submitted, '%d.%m.%Y %H:%M:%S') ORDER BY submitted) FILTER (NOT kept) AS dropped
		FROM survey_submissions GROUP BY file, teacher_key HAVING count(DISTINCT "row") > 1 ORDER BY name`);
	return table.toArray().map((r) => {
		const row = r.toJSON();
		return {
			name: row.name as string,
			kept: row.kept as string | null,
			dropped: Array.from(row.dropped?.toArray() ?? [])
		};
	});
}

/** Next year's draft plan in the plan format Sverka reads: CSV (Excel's, for the locale) or XLSX by extension. */
async function writeDraftPlan(
	engine: Engine,
	analysis: Analysis,
	path: string,
	t: Translate,
	locale: Locale
) {
	const events = buildDraft(await draftInputs(engine, analysis), locale);
	const { header, rows } = draftPlanTable(events, t, locale);
	const bytes = /\.xlsx$/i.test(path)
		? new Uint8Array(await (await toXlsx(t('view.draft'), header, rows)).arrayBuffer())
		: toCsv(header, rows, locale === 'ru' ? ';' : ',');
	writeFileSync(path, bytes);
	return events.length;
}

/** The council's draft decision (слушали / выступили / решили) from the analysis and the draft, as Word. */
async function writeCouncil(engine: Engine, analysis: Analysis, path: string, t: Translate, locale: Locale) {
	const inputs = await draftInputs(engine, analysis);
	const decision = councilDecision(
		{
			inputs: analysis.inputs,
			priorities: analysis.priorities,
			coverage: analysis.coverage,
			events: buildDraft(inputs, locale),
			schoolYear: inputs.schoolYear,
			methodist: inMode(t, analysis.mode)('council.methodist')
		},
		inMode(t, analysis.mode),
		locale
	);
	writeFileSync(path, await councilDocx(decision, t));
}

async function main() {
	const { json, locale, files, skipped, project, setups, draftPlan, council } = parseArgs(
		process.argv.slice(2)
	);
	for (const path of skipped) console.error(`skipped (not a table file): ${path}`);
	if (files.length === 0 && !project) {
		console.error(
			'usage: npm run analyze -- [--json] [--en] [--setups SETUPS.json] [--draft-plan OUT.csv|OUT.xlsx] [--council OUT.docx] FILE.csv|FILE.xlsx ... | --project FILE.sverka'
		);
		process.exit(2);
	}
	const t = translator(locale);
	const corrections = project ? await fromProject(project) : await fromFiles(files, setups);
	const engine = await createNodeEngine();
	const { reports } = await loadAll(engine, corrections.sources, {
		setups: corrections.setups,
		sheets: corrections.sheets,
		resolved: new Map(corrections.resolved),
		choices: { areas: new Map(corrections.areas), targets: new Map(corrections.targets) }
	});
	const analysis = await analyzeAll(engine, t, locale);
	const people = await peopleReport(engine);
	const rejects = await rejectRows(engine, { limit: 100_000 });
	const drafted = draftPlan ? await writeDraftPlan(engine, analysis, draftPlan, t, locale) : null;
	if (council) await writeCouncil(engine, analysis, council, t, locale);
	const result = {
		files: reports.map((r: FileReport) => ({
			name: r.name,
			kind: r.kind,
			rows_in: r.rowsIn,
			rows_loaded: r.rowsLoaded,
			rows_rejected: r.rowsRejected,
			roles: r.roles,
			...(r.aggregate ? { aggregate: t(`aggregate.${r.aggregate}`) } : {}),
			context: r.context.map((c) => ({ key: c.key, value: c.value, source: c.source, row: c.row ?? null })),
			unused: r.unused,
			...(r.error ? { error: t(`error.${r.error}` as 'error.unreadable_csv') } : {})
		})),
		// Cells read as empty in rows that loaded (an answer or a deadline not understood), with why.
		cell_notes: (
			await engine.query(`SELECT file, "row", "column", reason, text FROM cell_notes ORDER BY file, "row"`)
		)
			.toArray()
			.map((r) => {
				const n = r.toJSON();
				return { file: n.file, line: n.row, column: n.column, reason: reasonText(t, n.reason), text: n.text };
			}),
		rejects: rejects.file.map((file, i) => ({
			file,
			row: rejects.text[i],
			line: rejects.row[i],
			reason: reasonText(t, rejects.reason[i]),
			reason_code: rejects.reason[i]
		})),
		children: analysis.children,
		namesakes: people.namesakes.map((n) => ({ group: n.group, child: n.child, n: n.n, by_id: n.byId })),
		teachers: {
			count: people.teachers,
			unmatched: [...people.notInRoster, ...people.unknownParticipants],
			no_survey: people.noSurvey,
			duplicates: await duplicates(engine),
			ambiguous: people.ambiguous.map((a) => ({ name: a.name, candidates: a.candidates.map((c) => c.name) }))
		},
		linkage: analysis.linkage.map(({ groups, measure, ...l }) => ({
			...l,
			measure,
			groups: groups.map((g) => ({
				group: g.group,
				band: g.band,
				exposure: g.exposure,
				exposed: g.exposed,
				source: g.source,
				outcome: g.outcome,
				start: g.start,
				children: g.children,
				small: g.small
			}))
		})),
		coverage: analysis.coverage.map((c) => ({
			competency: c.competency,
			prevalence: c.prevalence,
			teachers_in_deficit: c.teachers_in_deficit,
			teachers_reached: c.teachers_reached,
			teachers_reached_in_time: c.teachers_reached_in_time,
			events: c.events.map((e) => e.title),
			hours: c.hours,
			status: c.status
		})),
		oversupply: analysis.oversupply,
		disproportion: analysis.disproportion,
		priorities: analysis.priorities,
		mode: analysis.mode,
		// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the order is for sorting, not for readers
		marks: analysis.marks.map(({ period_order, ...m }) => m),
		tasks: analysis.tasks,
		objectivity: analysis.objectivity,
		reference: analysis.reference,
		findings: analysis.findings
	};
	await engine.close();

	if (json) {
		console.log(JSON.stringify(result, null, 2));
		return;
	}
	const lines: string[] = [];
	lines.push(locale === 'ru' ? 'Файлы:' : 'Files:');
	for (const f of result.files) {
		lines.push(
			`  ${f.name}: ${f.kind ? t(`kind.${f.kind}`) : t('kind.unknown')} — ${t('files.rowsIn').toLowerCase()} ${f.rows_in}, ` +
				`${t('files.loaded').toLowerCase()} ${f.rows_loaded}, ${t('files.rejected').toLowerCase()} ${f.rows_rejected}`
		);
		if (f.aggregate) lines.push(`    ${f.aggregate}`);
	}
	if (result.rejects.length) {
		lines.push('', `${t('rejects.title')}:`);
		for (const r of result.rejects.slice(0, 20))
			lines.push(`  ${r.file}, ${t('rejects.row').toLowerCase()} ${r.line}: ${r.reason} — ${r.row}`);
		if (result.rejects.length > 20) lines.push(`  … ${result.rejects.length - 20}`);
	}
	lines.push('', locale === 'ru' ? 'Выводы:' : 'Findings:');
	for (const f of result.findings) lines.push(`  • ${f}`);
	if (draftPlan) lines.push('', t('draft.saved', { path: draftPlan, n: drafted ?? 0 }));
	if (council) lines.push('', t('council.saved', { path: council }));
	console.log(lines.join('\n'));
}

await main();
