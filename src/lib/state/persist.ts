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

export const DB_NAME = 'sverka';
const STORE = 'session';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return open().then(
		(db) =>
			new Promise<T>((resolve, reject) => {
				const request = act(db.transaction(STORE, mode).objectStore(STORE));
				request.onsuccess = () => {
					resolve(request.result);
					db.close();
				};
				request.onerror = () => {
					reject(request.error);
					db.close();
				};
			})
	);
}

/** Keep the session in this browser (IndexedDB), so a reload loses nothing. */
export const saveSnapshot = (snapshot: SessionSnapshot) => run('readwrite', (s) => s.put(snapshot, KEY));

export async function loadSnapshot(): Promise<SessionSnapshot | undefined> {
	// Opening would create an empty database: after «удалить» nothing must reappear by merely looking.
	if (indexedDB.databases && !(await indexedDB.databases()).some((d) => d.name === DB_NAME)) return undefined;
	return run<SessionSnapshot | undefined>('readonly', (s) => s.get(KEY));
}

/** Remove every trace of the data from this browser: the database and anything else the page stored. */
export async function deleteEverything(): Promise<void> {
	await new Promise<void>((resolve, reject) => {
		const request = indexedDB.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
		request.onblocked = () => resolve();
	});
	localStorage.clear();
	sessionStorage.clear();
}

/** The snapshot's link choices in the shape the derived tables take. */
export const choicesOf = (s: SessionSnapshot): LinkChoices => ({
	areas: new Map(s.areas),
	targets: new Map(s.targets)
});
