import type { MessageKey } from './ru';

/** An error as the page says it: a message in the user's words, the technical text kept for «Подробнее». */
export interface Explained {
	key: MessageKey;
	detail: string;
}

const text = (error: unknown) =>
	error instanceof Error
		? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
		: String(error);

// Patterns of the engine's, the browser's and the JS runtime's own English, most specific first.
const RULES: [RegExp, MessageKey][] = [
	[/QuotaExceeded|quota/i, 'error.quota'],
	[
		/out of memory|memory access out of bounds|allocation failed|Array buffer allocation|Cannot allocate/i,
		'error.memory'
	],
	[/NotReadableError|NotFoundError|could not be read|permission problems/i, 'error.fileGone'],
	[/Failed to fetch|NetworkError|Load failed|^\/data-samples/i, 'error.network'],
	[/InvalidStateError|VersionError|UnknownError|IDBDatabase|IndexedDB/i, 'error.storage'],
	[
		/\b(Binder|Parser|Conversion|Invalid Input|Catalog|Constraint|Not implemented|Internal|IO|Out of Range|Invalid|Serialization|Dependency|Transaction) Error\b/,
		'error.engine'
	]
];

/**
 * Say an error in words: DuckDB's, the browser's and JavaScript's messages are English and technical, so
 * the user reads what happened and what to do; the original stays available as `detail`.
 */
export function explainError(error: unknown): Explained {
	const detail = text(error);
	const key = RULES.find(([pattern]) => pattern.test(detail))?.[1] ?? 'error.unknown';
	return { key, detail };
}
