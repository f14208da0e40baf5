import { yearFacts, type YearFacts } from '../analysis/year-facts';
import type { Engine } from '../engine/types';
import { sourceFromBlob } from '../ingest/source';
import { choicesOf } from './persist';
import { unpackProject } from './project';
import { loadSet } from './swap';

/**
 * Last year's project (`.sverka`) opened in an engine of its own, with every choice saved in it, and read
 * down to the few facts year over year compares; the engine is closed at once (wasm memory is only
 * given back when its worker ends). The session's own engine and files are not touched.
 */
export async function lastYearFacts(project: Blob, start: () => Promise<Engine>): Promise<YearFacts> {
	const { snapshot } = await unpackProject(project);
	const engine = await start();
	try {
		await loadSet(engine, {
			sources: snapshot.files.map((f) => sourceFromBlob(f.name, f.data)),
			sheets: snapshot.sheets,
			setups: snapshot.setups,
			resolved: new Map(snapshot.resolved),
			choices: choicesOf(snapshot)
		});
		return await yearFacts(engine);
	} finally {
		await engine.close();
	}
}
