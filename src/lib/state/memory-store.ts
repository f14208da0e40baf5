import { StaleSession, type SessionSnapshot, type SessionStore } from './persist';

/**
 * A store held in memory, with the browser store's rule that a save over a revision someone else
 * replaced is refused: for tests and for running a session outside a browser.
 */
export function memoryStore(): SessionStore & { stored(): SessionSnapshot | undefined } {
	let kept: { snapshot: SessionSnapshot; rev: string } | undefined;
	let revs = 0;
	return {
		kept: () => kept !== undefined,
		load: async () => kept,
		async save(snapshot, base) {
			if ((kept?.rev ?? null) !== base) throw new StaleSession();
			kept = { snapshot, rev: String(++revs) };
			return kept.rev;
		},
		async wipe() {
			kept = undefined;
		},
		channel: () => undefined,
		stored: () => kept?.snapshot
	};
}
