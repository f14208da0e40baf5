import { fold } from './text';

/**
 * The key one person has in every file: surname and initials, folded.
 * «Иванова Анна Андреевна», «Иванова А.А.», «ИВАНОВА  А. А.» all give «иванова а а».
 */
export function personKey(name: string): string {
	const parts = fold(name.replace(/\./g, ' ')).split(' ').filter(Boolean);
	if (parts.length === 0) return '';
	const [surname, ...rest] = parts;
	return [surname, ...rest.map((p) => p[0])].join(' ');
}
