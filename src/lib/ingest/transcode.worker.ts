/// <reference lib="webworker" />
import type { Encoding } from './decode';
import { transcodeAndScan } from './transcode';

/**
 * Re-encoding and scanning a large file off the page: 376 MB of Windows-1251 is five seconds of work that
 * froze the page 60–80 ms a chunk, and the first 750 MB allocation half a second at once.
 */
self.onmessage = async (event: MessageEvent<{ blob: Blob; encoding: Encoding; delimiter: string }>) => {
	try {
		const { blob, encoding, delimiter } = event.data;
		const prepared = await transcodeAndScan(new Uint8Array(await blob.arrayBuffer()), encoding, delimiter);
		self.postMessage({ prepared }, [prepared.utf8.buffer]);
	} catch (error) {
		self.postMessage({ error: String(error) });
	}
};
