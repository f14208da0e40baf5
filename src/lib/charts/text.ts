/**
 * Break a long axis label into lines of at most `width` characters, at spaces and after hyphens; a
 * no-break space («n = 24») holds its words together.
 */
export function wrapLabel(text: string, width: number): string {
	// Split at spaces and just after hyphens, keeping the hyphen on its word.
	const words = text.split(/(?<=-)|[ \t\n]+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const joiner = line === '' || line.endsWith('-') ? '' : ' ';
		if (line !== '' && (line + joiner + word).length > width) {
			lines.push(line);
			line = word;
		} else line += joiner + word;
	}
	if (line) lines.push(line);
	return lines.join('\n');
}

/** Rounded for display in a chart's data labels: the underlying numbers stay exact. */
export const round = (value: number, digits = 2) =>
	Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;
