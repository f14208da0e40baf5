import { getContext, setContext } from 'svelte';

const KEY = Symbol('sverka:source-line');

/** The page says where its numbers come from (files, date); every exported chart carries it. */
export function setSourceLine(get: () => string): void {
	setContext(KEY, get);
}

export function getSourceLine(): () => string {
	const get = getContext<(() => string) | undefined>(KEY);
	if (!get) throw new Error('setSourceLine() must be called by a parent component');
	return get;
}
