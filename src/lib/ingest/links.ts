import { fold } from './text';

/** Words too common in methodical texts to tell one topic from another. */
const STOP = new Set([
	'разви',
	'деяте',
	'детей',
	'детьм',
	'дошко',
	'педаг',
	'образ',
	'работ',
	'проце',
	'испол',
	'приме',
	'через',
	'совре',
	'орган'
]);

/**
 * Words methodists use for one topic, folded to one stem: «ИКТ-компетентность» and «Цифровые ресурсы»,
 * «Развитие речи» and «Речевое развитие» name the same thing.
 */
const SYNONYMS: [RegExp, string][] = [
	[
		/^(икт|цифров|компьютер|информационн|информатиз|электронн|дистанцион|онлайн|мультимеди|медиа|интернет)/,
		'цифро'
	],
	[/^(речь|речи|речев)/, 'речев'],
	[/^(овз|инклюзи|особыми|особых)/, 'инклю'],
	[/^(родител|семь|семей)/, 'семья']
];
/** Words naming the kind of thing, not its topic: «цифровые ресурсы» is about the digital, not resources. */
const GENERIC = new Set(['ресур', 'компе', 'навык', 'умени', 'средс', 'метод', 'форми']);

/** The topic words of a text: five-letter stems of words of four letters or more, common ones dropped. */
export function stems(text: string): Set<string> {
	return new Set(
		fold(text)
			.split(' ')
			.map((w) => SYNONYMS.find(([re]) => re.test(w))?.[1] ?? w)
			.filter((w) => w.length >= 4)
			.map((w) => w.slice(0, 5))
			.filter((s) => !STOP.has(s) && !GENERIC.has(s))
	);
}

/**
 * Events for the whole staff by their nature (a педсовет, the year's opening or closing meeting): they
 * target no one deficit and are not «off target» for it.
 */
export const WHOLE_STAFF =
	/педсовет|педагогическ\S* совет|итогов|установочн|собрани|совещани|планерк|планёрк|аттестац/i;

/** Share of the competency's topic words that the text contains. */
function overlap(competency: Set<string>, text: Set<string>): number {
	if (competency.size === 0) return 0;
	let hits = 0;
	for (const s of competency) if (text.has(s)) hits++;
	return hits / competency.size;
}

/** How an event came to target a competency (DESIGN: declared | inferred | confirmed). */
export type LinkHow = 'declared' | 'inferred' | 'confirmed';

const ENOUGH = 2 / 3;

/**
 * The competency an event targets. A declared target is taken by name (or code, or free text close
 * enough); an empty one is inferred from the title. Returns nothing when no competency fits well:
 * the event then targets no surveyed deficit, which the coverage view reports.
 */
export function matchTarget(
	target: string | null,
	title: string,
	competencies: string[]
): { competency: string; how: LinkHow } | null {
	const declared = target?.trim() ?? '';
	if (declared) {
		const exact = competencies.find((c) => fold(c) === fold(declared));
		if (exact) return { competency: exact, how: 'declared' };
		const best = bestMatch(stems(declared), competencies);
		return best ? { competency: best, how: 'declared' } : null;
	}
	const best = bestMatch(stems(title), competencies);
	return best ? { competency: best, how: 'inferred' } : null;
}

function bestMatch(text: Set<string>, competencies: string[]): string | null {
	let best: string | null = null;
	let bestScore = 0;
	for (const c of competencies) {
		const score = overlap(stems(c), text);
		if (score > bestScore) {
			best = c;
			bestScore = score;
		}
	}
	return bestScore >= ENOUGH ? best : null;
}

/** Topic stems of the five ФГОС ДО areas (and the school subjects that carry the same words). */
const AREA_TOPICS: [RegExp, string[]][] = [
	[/социальн|коммуникат/, ['игров', 'игра', 'социа', 'комму', 'нравс', 'трудо', 'безоп', 'эмоци']],
	[/познават/, ['позна', 'иссле', 'экспе', 'матем', 'конст', 'сенсо', 'эколо']],
	[
		/речев|русск|чтени|литерат/,
		['речи', 'речев', 'речь', 'связн', 'грамо', 'чтени', 'литер', 'логоп', 'мнемо']
	],
	[/художествен|эстетич|музык|изобраз/, ['худож', 'эстет', 'музык', 'изобр', 'рисов', 'театр', 'лепка']],
	[/физическ/, ['физич', 'здоро', 'двига', 'спорт', 'подви']]
];

/**
 * The areas a competency bears on, guessed from its name: «Развитие речи детей» → Речевое развитие,
 * «Здоровьесберегающие технологии» → Физическое развитие. Editable by the user; empty when unsure.
 */
export function defaultAreas(competency: string, areas: string[]): string[] {
	const words = stems(competency);
	return areas.filter((area) => {
		const folded = fold(area);
		const topic = AREA_TOPICS.find(([pattern]) => pattern.test(folded));
		const topicWords = topic ? topic[1] : [...stems(area)];
		return topicWords.some((t) => [...words].some((w) => w.startsWith(t) || t.startsWith(w)));
	});
}
