/** Fold text for comparison: lower case, ё → е, punctuation and repeated spaces gone. */
export function fold(text: string): string {
	return text
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
