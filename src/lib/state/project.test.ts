import { readFileSync, readdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAll, type Analysis } from '../analysis';
import { createNodeEngine } from '../engine/node';
import type { Engine } from '../engine/types';
import { translator } from '../i18n';
import { loadAll, sourceFromBytes, type FileReport } from '../ingest';
import { deriveTables, DEFAULT_SETTINGS } from '../ingest/derive';
import type { SessionSnapshot } from './persist';
import { choicesOf } from './persist';
import { isProjectFile, packProject, projectFileName, unpackProject } from './project';

const dir = new URL('../../../data-samples/', import.meta.url);
const names = readdirSync(dir).filter((n) => n.endsWith('.csv'));
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

/** Load a snapshot the way the page does: the files, then the user's choices on top. */
async function analyse(engine: Engine, snapshot: SessionSnapshot) {
	const sources = await Promise.all(
		snapshot.files.map(async (f) => sourceFromBytes(f.name, new Uint8Array(await f.data.arrayBuffer())))
	);
	const { reports } = await loadAll(engine, sources, {
		setups: snapshot.setups,
		sheets: snapshot.sheets,
		resolved: new Map(snapshot.resolved)
	});
	await deriveTables(engine, DEFAULT_SETTINGS, choicesOf(snapshot));
	const areas = (await engine.query(`SELECT count(DISTINCT area_id)::INT AS n FROM outcomes`)).get(0)!.n;
	return { reports, areas, analysis: await analyzeAll(engine, translator('ru'), 'ru') };
}

let engine: Engine;
let defaults: Analysis;
let defaultAreas: number;
let detected: FileReport[];
beforeAll(async () => {
	engine = await createNodeEngine();
	const plain: SessionSnapshot = {
		files: names.map((name) => ({ name, data: new Blob([bytesOf(name)]) })),
		sheets: [],
		setups: [],
		resolved: [],
		areas: [],
		targets: []
	};
	({ analysis: defaults, reports: detected, areas: defaultAreas } = await analyse(engine, plain));
});
afterAll(() => engine.close());

describe('the project file', () => {
	it('reopens to the same analysis, with the roles and links the user chose', async () => {
		const monitoring = names.indexOf('monitoring-2025-2026.csv');
		const roles = detected[monitoring].roles;
		const setups = [];
		// The user says one column is not an educational area, and the speech deficit concerns another area.
		setups[monitoring] = { kind: 'outcomes' as const, roles: { ...roles, areas: roles.areas!.slice(1) } };
		const chosen: SessionSnapshot = {
			files: names.map((name) => ({ name, data: new Blob([bytesOf(name)]) })),
			sheets: [],
			setups,
			resolved: [],
			areas: [['Развитие речи детей', ['Познавательное развитие']]],
			targets: []
		};
		const before = await analyse(engine, chosen);
		// The choices matter, so losing them would show.
		expect(before.areas).toBe(defaultAreas - 1);
		expect(before.analysis.linkage).not.toEqual(defaults.linkage);

		const heading = { organisation: 'МБДОУ «Детский сад № 5 «Сказка»»', year: '2025/2026' };
		const saved = await packProject(chosen, '?view=linkage', new Date('2026-05-20T10:00:00Z'), heading);
		const opened = await unpackProject(saved);
		expect(opened.view).toBe('?view=linkage');
		// The report's title as typed travels with the project (issue 12.5).
		expect(opened.heading).toEqual(heading);
		expect(opened.savedAt).toBe('2026-05-20T10:00:00.000Z');
		expect(opened.snapshot.files.map((f) => f.name)).toEqual(names);
		for (const [i, f] of opened.snapshot.files.entries())
			expect(new Uint8Array(await f.data.arrayBuffer())).toEqual(bytesOf(names[i]));

		const after = await analyse(engine, opened.snapshot);
		expect(after.areas).toBe(before.areas);
		expect(after.analysis).toEqual(before.analysis);
		expect(after.reports.map((r) => [r.kind, r.roles, r.rowsLoaded, r.rowsRejected])).toEqual(
			before.reports.map((r) => [r.kind, r.roles, r.rowsLoaded, r.rowsRejected])
		);
	});

	it('keeps two files of the same name apart, with the sheet picked in each', async () => {
		const snapshot: SessionSnapshot = {
			files: [
				{ name: 'план.xlsx', data: new Blob([strToU8('первый')]) },
				{ name: 'план.xlsx', data: new Blob([strToU8('второй')]) }
			],
			sheets: [undefined, 'Лист2'],
			setups: [],
			resolved: [['Иванова А.А.', 'иванова анна андреевна']],
			areas: [],
			targets: [['план.xlsx#3', null]]
		};
		const { snapshot: back } = await unpackProject(await packProject(snapshot, ''));
		expect(await Promise.all(back.files.map((f) => f.data.text()))).toEqual(['первый', 'второй']);
		expect(back.sheets).toEqual([undefined, 'Лист2']);
		expect(back.resolved).toEqual(snapshot.resolved);
		expect(back.targets).toEqual(snapshot.targets);
	});

	it('says what is wrong with a file that is not a project, a newer one, or a damaged one', async () => {
		await expect(unpackProject(new Blob([bytesOf(names[0])]))).rejects.toMatchObject({
			key: 'project.notProject'
		});
		await expect(
			unpackProject(new Blob([zipSync({ 'word/document.xml': strToU8('<w/>') })]))
		).rejects.toMatchObject({ key: 'project.notProject' });
		const manifest = (m: object) => new Blob([zipSync({ 'project.json': strToU8(JSON.stringify(m)) })]);
		await expect(
			unpackProject(manifest({ format: 'sverka-project', version: 2, files: [] }))
		).rejects.toMatchObject({ key: 'project.newer' });
		await expect(
			unpackProject(
				manifest({
					format: 'sverka-project',
					version: 1,
					files: [{ name: 'a.csv', path: 'files/01/a.csv', size: 3 }]
				})
			)
		).rejects.toMatchObject({ key: 'project.damaged' });
	});

	it('is named by the day it was saved and recognised by its extension', () => {
		const name = projectFileName(new Date(2026, 10, 2));
		expect(name).toBe('sverka-2026-11-02.sverka');
		expect(isProjectFile(name.toUpperCase())).toBe(true);
		expect(isProjectFile('monitoring.csv')).toBe(false);
	});
});
