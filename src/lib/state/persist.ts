import type { LinkChoices } from '../ingest/derive';
import type { FileSetup } from '../ingest';

/**
 * Everything needed to rebuild a session: the files and every choice the user made. Files stay Blobs so
 * IndexedDB copies them off the main thread (cloning 90 MB of bytes froze the page for half a second).
 */
export interface SessionSnapshot {
	files: { name: string; data: Blob }[];
	sheets: (string | undefined)[];
	setups: (FileSetup | undefined)[];
	resolved: [string, string][];
	areas: [string, string[]][];
	targets: [string, string | null][];
}

/** The stored record: the snapshot and the revision it was written as (absent in records before revisions). */
type Stored = SessionSnapshot & { rev?: string };

export const DB_NAME = 'sverka';
const STORE = 'session';
const KEY = 'current';
/** Tabs of the page tell each other of saves and wipes on this channel. */
export const CHANNEL = 'sverka';
/** Set while a session is kept, so the page knows before IndexedDB answers that it is restoring one. */
const KEPT = 'sverka:kept';

/** The session stored was written or wiped by another tab after this one read it: this tab must not save. */
export class StaleSession extends Error {
	constructor() {
		super('the stored session is newer than this tab’s');
		this.name = 'StaleSession';
	}
}

function open(): Promise<{ db: IDBDatabase; created: boolean }> {
	return new Promise((resolve, reject) => {
		let created = false;
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => {
			created = true;
			request.result.createObjectStore(STORE);
		};
		request.onsuccess = () => resolve({ db: request.result, created });
		request.onerror = () => reject(request.error);
	});
}

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});
}

const exists = async () =>
	!indexedDB.databases || (await indexedDB.databases()).some((d) => d.name === DB_NAME);

/**
 * Keep the session in this browser (IndexedDB), so a reload loses nothing. `base` is the revision this tab
 * last read or wrote (null: it found nothing stored). The check and the write are one transaction, so a
 * newer session written by another tab, or a wipe, is never overwritten: `StaleSession` is thrown instead.
 * Returns the new revision.
 */
export async function saveSnapshot(snapshot: SessionSnapshot, base: string | null): Promise<string> {
	// After a wipe the database is gone: a tab that had read a session must not bring it back.
	if (base !== null && !(await exists())) throw new StaleSession();
	const { db, created } = await open();
	try {
		const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
		const stored = await request<Stored | undefined>(store.get(KEY));
		const current = stored ? (stored.rev ?? '') : null;
		if (current !== base) throw new StaleSession();
		const rev = crypto.randomUUID();
		await request(store.put({ ...snapshot, rev } satisfies Stored, KEY));
		markKept(true);
		return rev;
	} catch (error) {
		if (created && error instanceof StaleSession) {
			db.close();
			await deleteDatabase();
		}
		throw error;
	} finally {
		db.close();
	}
}

/** The stored session and its revision, if there is one. */
export async function loadSnapshot(): Promise<{ snapshot: SessionSnapshot; rev: string } | undefined> {
	// Opening would create an empty database: after «удалить» nothing must reappear by merely looking.
	if (!(await exists())) {
		markKept(false);
		return undefined;
	}
	const { db } = await open();
	try {
		const stored = await request<Stored | undefined>(db.transaction(STORE).objectStore(STORE).get(KEY));
		if (!stored) return undefined;
		const { rev = '', ...snapshot } = stored;
		return { snapshot, rev };
	} finally {
		db.close();
	}
}

/** True when this browser keeps a session: known at once, before the engine and IndexedDB answer. */
export function isSessionKept(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(KEPT) === '1';
	} catch {
		return false;
	}
}

function markKept(kept: boolean) {
	try {
		if (kept) localStorage.setItem(KEPT, '1');
		else localStorage.removeItem(KEPT);
	} catch {
		// Storage refused (private mode): the page only loses the «восстанавливаю» hint.
	}
}

const deleteDatabase = () =>
	new Promise<void>((resolve, reject) => {
		const request = indexedDB.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
		request.onblocked = () => resolve();
	});

/** Remove every trace of the data from this browser: the database and anything else the page stored. */
export async function deleteEverything(): Promise<void> {
	await deleteDatabase();
	localStorage.clear();
	sessionStorage.clear();
}

/** The snapshot's link choices in the shape the derived tables take. */
export const choicesOf = (s: SessionSnapshot): LinkChoices => ({
	areas: new Map(s.areas),
	targets: new Map(s.targets)
});

/** Where a session is kept between visits; the page's is IndexedDB, a test's lives in memory. */
export interface SessionStore {
	/** True when a session is kept, known at once (before the store answers). */
	kept(): boolean;
	load(): Promise<{ snapshot: SessionSnapshot; rev: string } | undefined>;
	/** Write `snapshot` over revision `base`; throws `StaleSession` when someone else wrote since. */
	save(snapshot: SessionSnapshot, base: string | null): Promise<string>;
	wipe(): Promise<void>;
	/** Where tabs of the page tell each other of saves and wipes; none where there are no tabs. */
	channel(): BroadcastChannel | undefined;
}

/** The browser's store: IndexedDB, with a channel between the page's tabs. */
export const browserStore: SessionStore = {
	kept: isSessionKept,
	load: loadSnapshot,
	save: saveSnapshot,
	wipe: deleteEverything,
	channel: () => (typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL))
};
