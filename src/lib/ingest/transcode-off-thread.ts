import type { Encoding } from './decode';
import type { Prepared } from './transcode';

/** Files past this size are re-encoded in a worker of their own; a smaller one is done before it would start. */
export const OFF_THREAD_BYTES = 2 << 20;

/**
 * `transcodeAndScan` in a worker of its own, reading the dropped file there: the page neither copies nor
 * decodes it. Null where there are no workers (Node: tests and the CLI re-encode in place).
 */
export function transcodeOffThread(
	blob: Blob,
	encoding: Encoding,
	delimiter: string
): Promise<Prepared> | null {
	if (typeof Worker === 'undefined') return null;
	const worker = new Worker(new URL('./transcode.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Prepared>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<{ prepared?: Prepared; error?: string }>) => {
			worker.terminate();
			if (event.data.prepared) resolve(event.data.prepared);
			else reject(new Error(event.data.error ?? 'transcoding failed'));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'transcoding worker failed'));
		};
		worker.postMessage({ blob, encoding, delimiter });
	});
}
