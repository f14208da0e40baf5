import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { exportFileName } from '$lib/export/chart-image';
import { download } from '$lib/export/download';
import { formatDate } from '$lib/i18n';
import { explainError } from '$lib/i18n/errors';
import { i18n } from '$lib/i18n/locale.svelte';
import { sourceFromBlob } from '$lib/ingest';
import { filtersToQuery, type Filters } from '$lib/state/filters';
import { reportHeading } from '$lib/state/heading.svelte';
import { dataMode } from '$lib/state/mode.svelte';
import { isProjectFile, packProject, projectFileName, ProjectError, unpackProject } from '$lib/state/project';
import { fetchSamples, type SampleKind } from '$lib/state/samples';
import type { Session } from '$lib/state/session.svelte';

/** What the last action said: an opened project's date, files added or refused, or why a file did not open. */
export interface Notice {
	text: string;
	error: boolean;
	detail?: string;
}

const names = (files: ({ name: string } | string)[]) =>
	files.map((f) => `«${typeof f === 'string' ? f : f.name}»`).join(', ');

/** What the methodist does with files and the project: drop, open, save, export the deck, open a sample. */
export class ProjectActions {
	/** `say` shows a notice in the status line (null clears it). */
	constructor(
		private readonly session: Session,
		private readonly filters: () => Filters,
		private readonly sourceLine: () => string,
		private readonly say: (notice: Notice | null) => void
	) {}

	/** Saving a file must never fail silently: the methodist would think the work is kept. */
	async #offer(make: () => Promise<{ blob: Blob; name: string }>): Promise<void> {
		this.say(null);
		try {
			const { blob, name } = await make();
			download(blob, name);
		} catch (error) {
			const said = explainError(error);
			this.say({
				text: i18n.t('export.failed', { message: i18n.t(said.key) }),
				error: true,
				detail: said.detail
			});
		}
	}

	saveProject = (): Promise<void> =>
		this.#offer(async () => ({
			blob: await packProject(await this.session.snapshot(), filtersToQuery(this.filters()), new Date(), {
				organisation: reportHeading.organisation,
				year: reportHeading.year
			}),
			name: projectFileName()
		}));

	openProject = async (file: File): Promise<void> => {
		this.say(null);
		try {
			const project = await unpackProject(file);
			await this.session.open(project.snapshot);
			// The project's files did not load: the status line says why, and the earlier set is still open.
			if (this.session.loadError) return;
			// The title the methodist typed travels with the project (issue 12.5).
			reportHeading.organisation = project.heading.organisation;
			reportHeading.year = project.heading.year;
			reportHeading.save();
			const saved = new Date(project.savedAt);
			const date = Number.isNaN(saved.getTime()) ? '' : formatDate(i18n.locale, saved, 'moment');
			this.say({ text: i18n.t('project.opened', { date }), error: false });
			await goto(resolve('/') + (project.view || '?'), { noScroll: true });
		} catch (error) {
			const key = error instanceof ProjectError ? error.key : 'project.damaged';
			this.say({ text: i18n.t(key), error: true });
		}
	};

	saveDeck = (): Promise<void> =>
		this.#offer(async () => {
			// The deck's writer is large and needed only here: fetched on first use.
			const { buildDeck } = await import('$lib/ui/deck');
			return {
				blob: await buildDeck(this.session, i18n.t, i18n.locale, this.sourceLine()),
				name: exportFileName(`${i18n.t('app.title')} ${new Date().toISOString().slice(0, 10)}`, 'pptx')
			};
		});

	/**
	 * Tables are added to the set, or replace it when the user chose to; an empty file is refused in words
	 * and changes nothing. A project file dropped or picked on its own opens as a project.
	 */
	dropped = async (files: File[], replacing = false): Promise<void> => {
		this.say(null);
		const projects = files.filter((f) => isProjectFile(f.name));
		if (projects.length > 0) {
			if (files.length === 1) void this.openProject(files[0]);
			else this.say({ text: i18n.t('project.mixed'), error: true });
			return;
		}
		const empty = files.filter((f) => f.size === 0);
		const tables = files.filter((f) => f.size > 0).map((f) => sourceFromBlob(f.name, f));
		const said: string[] = [];
		if (empty.length) said.push(i18n.t('drop.empty', { names: names(empty) }));
		if (tables.length && replacing) await this.session.replace(tables);
		else if (tables.length) {
			const had = this.session.results.files.length > 0;
			const { added, duplicates } = await this.session.add(tables);
			if (had && added.length && !this.session.loadError)
				said.push(i18n.t('drop.added', { names: names(added) }));
			if (duplicates.length) said.push(i18n.t('drop.duplicate', { names: names(duplicates) }));
		}
		if (said.length) this.say({ text: said.join(' '), error: empty.length > 0 });
	};

	openSample = async (kind: SampleKind): Promise<void> => {
		this.say(null);
		try {
			await this.session.replace(await fetchSamples(kind));
			// A sample's words follow its data (the school's marks make it a school), not an earlier switch.
			dataMode.override = null;
		} catch (error) {
			const said = explainError(error);
			this.say({
				text: i18n.t('load.failed', { message: i18n.t(said.key) }),
				error: true,
				detail: said.detail
			});
		}
	};
}

/** «Удалить все данные из браузера»: the stored session goes in every tab, and a reload empties the memory. */
export async function wipeAll(session: Session): Promise<void> {
	if (!confirm(i18n.t('privacy.confirm'))) return;
	await session.wipe();
	location.replace(resolve('/'));
}
