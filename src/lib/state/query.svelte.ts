/**
 * One view's query and its answer, as mosaic's `MosaicClient` (`queryPending` / `queryResult` /
 * `queryError`) and the REPL's bundler (a uid per request) keep them: the latest request wins, an older
 * answer that arrives late is dropped, and a failure is kept as a value to show, never thrown.
 */
export class Query<T> {
	/** The last answer that counted; null until the first one, and after a failure. */
	result = $state.raw<T | null>(null);
	/** Why the latest request failed, if it did. */
	error = $state.raw<unknown>(null);
	/** True while the latest request is on its way. */
	pending = $state.raw(false);
	/** What the shown answer (or error) was asked for, so a view can tell it answers the current filters. */
	answered = $state.raw<string | null>(null);
	#uid = 0;

	/**
	 * Ask again for `key` (what the view shows: its filters, the data's version). Resolves when this request
	 * has been settled or superseded; it never rejects.
	 */
	async run(key: string, request: () => Promise<T>): Promise<void> {
		const uid = ++this.#uid;
		this.pending = true;
		try {
			const result = await request();
			if (uid !== this.#uid) return;
			this.result = result;
			this.error = null;
		} catch (error) {
			if (uid !== this.#uid) return;
			// The old picture must not stay under the new filters' labels.
			this.result = null;
			this.error = error;
		}
		this.answered = key;
		this.pending = false;
	}

	/** True when what is shown answers `key` and nothing newer is on the way: the view may say `data-ready`. */
	readyFor(key: string): boolean {
		return !this.pending && this.answered === key;
	}
}

/** The error's own words, for the message under a view that could not be drawn. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
