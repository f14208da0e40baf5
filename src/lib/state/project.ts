import type { Zippable } from 'fflate';
import validateManifest from './project-validator.generated.js';
import type { FileSetup } from '../ingest';
import { filtersFromUrl, filtersToQuery } from './filters';
import type { SessionSnapshot } from './persist';

/**
 * The project file (`.sverka`): a zip holding the loaded files as they were dropped and `project.json`
 * with every choice made on them. A zip, so the files inside stay openable by hand if Sverka is gone.
 */
export const PROJECT_EXTENSION = '.sverka';
const FORMAT = 'sverka-project';
const VERSION = 1;
const MANIFEST = 'project.json';
/** Larger files are stored, not deflated: compressing 90 MB would hold the page for seconds. */
const DEFLATE_UP_TO = 16 * 1024 * 1024;

interface Manifest {
	format: typeof FORMAT;
	version: number;
	savedAt: string;
	files: { name: string; path: string; size: number; sheet?: string }[];
	setups: (FileSetup | null)[];
	resolved: [string, string][];
	areas: [string, string[]][];
	targets: [string, string | null][];
	/** The screen and filters open when saved, as a URL query. */
	view: string;
	/** The council report's organisation and school year as the methodist typed them. */
	heading?: Heading;
}

/** What the methodist typed for the report's title; empty fields mean «as the files say». */
export interface Heading {
	organisation: string;
	year: string;
}

export interface Project {
	snapshot: SessionSnapshot;
	view: string;
	savedAt: string;
	heading: Heading;
}

/** Why a file could not be opened as a project; `key` is an i18n message. */
export class ProjectError extends Error {
	constructor(
		readonly key:
			'project.notProject' | 'project.newer' | 'project.damaged' | 'project.invalid' | 'project.empty',
		/** Where the manifest breaks the schema, for the curious (not shown in Russian words). */
		readonly detail = ''
	) {
		super(detail ? `${key}: ${detail}` : key);
	}
}

/**
 * A file name as a base name only: a project edited by hand may name a file `../../x.csv` or `a\\b`, and
 * the name becomes a path inside the zip on the next save (zip-slip) and a name on the page.
 */
export function safeFileName(name: string): string {
	const base = name
		.split(/[\\/]/)
		// Control characters and what Windows forbids in a name (`:` would name a drive or a stream).
		.map((part) => part.replace(/[\p{Cc}:*?"<>|]/gu, '').trim())
		.filter((part) => part !== '' && part !== '.' && part !== '..')
		.pop();
	return base?.replace(/^\.+/, '') || 'file';
}

/** The view and filters of a saved query, rebuilt from the app's own keys: nothing else is let through. */
export function safeView(view: string): string {
	if (!view.startsWith('?')) return '';
	const query = filtersToQuery(filtersFromUrl(new URLSearchParams(view)));
	return query === '?' ? '' : query;
}

export async function packProject(
	snapshot: SessionSnapshot,
	view: string,
	savedAt = new Date(),
	heading: Heading = { organisation: '', year: '' }
): Promise<Blob> {
	// fflate comes when a project is saved or opened, not with the page: its start has less to run.
	const { strToU8, zipSync } = await import('fflate');
	const entries: Zippable = {};
	const files: Manifest['files'] = [];
	for (const [index, file] of snapshot.files.entries()) {
		// Numbered paths keep two files of the same name apart and the order of loading.
		const name = safeFileName(file.name);
		const path = `files/${String(index + 1).padStart(2, '0')}/${name}`;
		const bytes = new Uint8Array(await file.data.arrayBuffer());
		entries[path] = [bytes, { level: bytes.length > DEFLATE_UP_TO ? 0 : 6 }];
		const sheet = snapshot.sheets[index];
		files.push({ name, path, size: bytes.length, ...(sheet ? { sheet } : {}) });
	}
	const manifest: Manifest = {
		format: FORMAT,
		version: VERSION,
		savedAt: savedAt.toISOString(),
		files,
		setups: snapshot.files.map((_, i) => snapshot.setups[i] ?? null),
		resolved: snapshot.resolved,
		areas: snapshot.areas,
		targets: snapshot.targets,
		view: safeView(view),
		heading: { organisation: heading.organisation, year: heading.year }
	};
	entries[MANIFEST] = strToU8(JSON.stringify(manifest, null, 1));
	return new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export async function unpackProject(blob: Blob): Promise<Project> {
	const { strFromU8, unzipSync } = await import('fflate');
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	} catch {
		throw new ProjectError('project.notProject');
	}
	// Lookups by a name the file chose: `constructor` or `__proto__` must not find Object's own members.
	const entry = (path: string) => (Object.hasOwn(entries, path) ? entries[path] : undefined);
	const json = entry(MANIFEST);
	if (!json) throw new ProjectError('project.notProject');
	let manifest: Manifest;
	try {
		manifest = JSON.parse(strFromU8(json));
	} catch {
		throw new ProjectError('project.damaged');
	}
	if (manifest?.format !== FORMAT) throw new ProjectError('project.notProject');
	if (typeof manifest.version === 'number' && manifest.version > VERSION)
		throw new ProjectError('project.newer');
	if (!validateManifest(manifest)) {
		const detail = (validateManifest.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
		throw new ProjectError('project.invalid', detail);
	}
	// Refused rather than opened: opening it would empty the session the user has now.
	if (manifest.files.length === 0) throw new ProjectError('project.empty');
	const files = manifest.files.map((f) => {
		const bytes = entry(f.path);
		if (!bytes || bytes.length !== f.size) throw new ProjectError('project.damaged');
		return { name: safeFileName(f.name), data: new Blob([bytes as Uint8Array<ArrayBuffer>]) };
	});
	return {
		snapshot: {
			files,
			sheets: manifest.files.map((f) => f.sheet),
			setups: files.map((_, i) => manifest.setups?.[i] ?? undefined),
			resolved: manifest.resolved ?? [],
			areas: manifest.areas ?? [],
			targets: manifest.targets ?? []
		},
		view: safeView(manifest.view ?? ''),
		savedAt: manifest.savedAt ?? '',
		heading: { organisation: manifest.heading?.organisation ?? '', year: manifest.heading?.year ?? '' }
	};
}

/** `sverka-2026-11-22.sverka`: the day is what tells two saves apart in a downloads folder. */
export const projectFileName = (date = new Date()) =>
	`sverka-${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}${PROJECT_EXTENSION}`;

export const isProjectFile = (name: string) => name.toLowerCase().endsWith(PROJECT_EXTENSION);
