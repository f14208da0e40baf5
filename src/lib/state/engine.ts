import type { BrowserEngine } from '../engine/browser';

let started: Promise<BrowserEngine> | undefined;

/** The page's one engine, started on first use through a shared promise; its module loads lazily. */
export function getEngine(): Promise<BrowserEngine> {
	started ??= import('../engine/browser').then((m) => m.createBrowserEngine());
	return started;
}
