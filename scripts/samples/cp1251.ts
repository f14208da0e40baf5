/** Encode text as Windows-1251, as Excel's «CSV (разделители — точка с запятой)» does in a Russian locale. */
export function encodeWindows1251(text: string): Uint8Array {
	const table = windows1251Table();
	const out = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const byte = code < 0x80 ? code : table.get(code);
		if (byte === undefined) throw new Error(`Character ${text[i]} has no Windows-1251 byte`);
		out[i] = byte;
	}
	return out;
}

let cached: Map<number, number> | undefined;
function windows1251Table(): Map<number, number> {
	if (cached) return cached;
	const decoder = new TextDecoder('windows-1251');
	cached = new Map();
	for (let byte = 0x80; byte <= 0xff; byte++) {
		cached.set(decoder.decode(new Uint8Array([byte])).charCodeAt(0), byte);
	}
	return cached;
}
