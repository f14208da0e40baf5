/** A file as the loader sees it, whether it came from a drop, a fetch or the disk. */
export interface SourceFile {
	name: string;
	size: number;
	/** Bytes `[start, end)` of the file. */
	read(start?: number, end?: number): Promise<Uint8Array>;
	/** The original blob, which a browser engine can read in place. */
	blob?: Blob;
}

/** Bytes already in memory (Node tests, the CLI). */
export function sourceFromBytes(name: string, bytes: Uint8Array): SourceFile {
	return {
		name,
		size: bytes.length,
		read: async (start = 0, end = bytes.length) => bytes.subarray(start, end)
	};
}

/** A dropped or picked `File`, read lazily so large files are never copied whole when they need not be. */
export function sourceFromBlob(name: string, blob: Blob): SourceFile {
	return {
		name,
		size: blob.size,
		blob,
		read: async (start = 0, end = blob.size) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
	};
}
