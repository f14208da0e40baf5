const VOWELS = /[аеёиоуыэюяaeiouy]/i;

/**
 * A word longer than `width` split once with a hyphen where Russian allows it: after a vowel, before a
 * consonant, nearest the middle («коммуни-кативное»); left whole when there is no such place.
 */
export function hyphenate(word: string, width: number): string[] {
	if (word.length <= width) return [word];
	let best = -1;
	for (let i = 2; i <= word.length - 2 && i < width; i++) {
		const after = VOWELS.test(word[i - 1]) && !VOWELS.test(word[i]) && /\p{L}/u.test(word[i]);
		if (after && (best < 0 || Math.abs(i - word.length / 2) < Math.abs(best - word.length / 2))) best = i;
	}
	return best < 0 ? [word] : [`${word.slice(0, best)}-`, word.slice(best)];
}

/**
 * Break a long axis label into lines of at most `width` characters, at spaces and after hyphens; a
 * no-break space («n = 24») holds its words together. With `split`, a word longer than a line is
 * hyphenated, for narrow columns.
 */
export function wrapLabel(text: string, width: number, split = false): string {
	// Split at spaces and just after hyphens, keeping the hyphen on its word.
	const words = text
		.split(/(?<=-)|[ \t\n]+/)
		.filter(Boolean)
		.flatMap((w) => (split ? hyphenate(w, width) : [w]));
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

/**
 * A line of parts joined by « · » («период: Май 2026 · все группы · детей: 210») wrapped to `width`, breaking
 * between parts where it can and inside a part only when it is longer than a line; existing breaks stay.
 */
export function wrapParts(text: string, width: number, separator = ' · '): string {
	return text
		.split('\n')
		.map((line) => {
			const lines: string[] = [];
			for (const part of line.split(separator)) {
				const last = lines.at(-1);
				if (last !== undefined && (last + separator + part).length <= width)
					lines[lines.length - 1] += separator + part;
				else lines.push(...wrapLabel(part, Math.max(6, width)).split('\n'));
			}
			return lines.join('\n');
		})
		.join('\n');
}

/** Rounded for display in a chart's data labels: the underlying numbers stay exact. */
export const round = (value: number, digits = 2) =>
	Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : null;
