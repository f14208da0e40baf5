import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packProject, safeFileName, unpackProject } from './project';

/** Issue 17.8: a project file edited by hand is checked against schemas/project.schema.json before use. */
const good = {
	format: 'sverka-project',
	version: 1,
	savedAt: '2026-05-20T10:00:00.000Z',
	files: [{ name: 'a.csv', path: 'files/01/a.csv', size: 3 }],
	setups: [null],
	resolved: [],
	areas: [],
	targets: [],
	view: '?view=linkage'
};
const project = (manifest: object, files: Zippable = { 'files/01/a.csv': strToU8('a;b') }) =>
	new Blob([zipSync({ ...files, 'project.json': strToU8(JSON.stringify(manifest)) })]);
const key = (blob: Blob) =>
	unpackProject(blob).then(
		() => 'opened',
		(error) => error.key
	);

describe('a crafted project file', () => {
	it('opens when it keeps to the schema', async () => {
		const opened = await unpackProject(project(good));
		expect(opened.view).toBe('?view=linkage');
		expect(await opened.snapshot.files[0].data.text()).toBe('a;b');
	});

	it('is refused in words when a kind is not one of the app’s («constructor»)', async () => {
		const setups = [{ kind: 'constructor', roles: {} }];
		expect(await key(project({ ...good, setups }))).toBe('project.invalid');
	});

	it('is refused when a field has the wrong type, instead of crashing later', async () => {
		for (const broken of [
			{ ...good, files: [{ name: 'a.csv', path: 'files/01/a.csv', size: '3' }] },
			{ ...good, files: [{ name: 7, path: 'files/01/a.csv', size: 3 }] },
			{ ...good, setups: [{ kind: 'outcomes', roles: { child: 5 } }] },
			{ ...good, setups: [{ kind: 'outcomes', roles: { areas: 'Речь' } }] },
			{ ...good, resolved: 'Иванова' },
			{ ...good, areas: [['Речь', 'Познавательное развитие']] },
			{ ...good, view: { path: '/' } },
			{ ...good, version: '1' }
		])
			expect(await key(project(broken)), JSON.stringify(broken)).toBe('project.invalid');
	});

	it('with no files is refused, so the open session is not emptied', async () => {
		expect(await key(project({ ...good, files: [], setups: [] }, {}))).toBe('project.empty');
	});

	it('never finds Object’s own members by a path it names', async () => {
		for (const path of ['constructor', '__proto__', 'toString'])
			expect(await key(project({ ...good, files: [{ name: 'a.csv', path, size: 0 }] }, {}))).toBe(
				'project.damaged'
			);
	});

	it('keeps the view to the app’s own screens and filters', async () => {
		const view = async (v: string) => (await unpackProject(project({ ...good, view: v }))).view;
		expect(await view('../../404')).toBe('');
		expect(await view('/other/page?view=linkage')).toBe('');
		expect(await view('?view=../../404')).toBe('');
		expect(await view('?view=deficits&group=Ромашка&next=//evil.example')).toBe(
			'?view=deficits&group=%D0%A0%D0%BE%D0%BC%D0%B0%D1%88%D0%BA%D0%B0'
		);
	});

	it('gives files named with `..`, `/` or `\\` a safe base name, on opening and on saving again', async () => {
		const files = [
			{ name: '../../../etc/passwd', path: 'files/01/a.csv', size: 3 },
			{ name: '..\\..\\Windows\\план.csv', path: 'files/02/b.csv', size: 3 }
		];
		const opened = await unpackProject(
			project(
				{ ...good, files, setups: [] },
				{
					'files/01/a.csv': strToU8('a;b'),
					'files/02/b.csv': strToU8('c;d')
				}
			)
		);
		expect(opened.snapshot.files.map((f) => f.name)).toEqual(['passwd', 'план.csv']);
		const dropped = [{ name: '../x.csv', data: new Blob(['x']) }, ...opened.snapshot.files];
		const saved = await packProject({ ...opened.snapshot, files: dropped }, '?view=linkage');
		expect(Object.keys(unzipSync(new Uint8Array(await saved.arrayBuffer()))).sort()).toEqual([
			'files/01/x.csv',
			'files/02/passwd',
			'files/03/план.csv',
			'project.json'
		]);
	});

	it('reduces any name to one safe segment', () => {
		expect(safeFileName('..')).toBe('file');
		expect(safeFileName('a/b\\c.csv')).toBe('c.csv');
		expect(safeFileName('C:\\x\\..\\.env')).toBe('env');
		expect(safeFileName('отчёт 2025.xlsx')).toBe('отчёт 2025.xlsx');
	});
});
