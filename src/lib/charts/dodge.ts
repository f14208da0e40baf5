/**
 * Vertical offsets (px) that keep labels at least `gap` apart, given where they would stand (px, top to
 * bottom in any order): as ECharts' `moveOverlap: 'shiftY'`, which its server-side renderer skips. Labels
 * are pushed down in order, then all moved up by half the push, so the group stays centred on its points,
 * and kept within `[from, to]` where they fit. Offsets computed at the smallest plot height stay enough at
 * any larger one: gaps only grow.
 */
export function dodge(positions: number[], gap: number, from = -Infinity, to = Infinity): number[] {
	const order = positions.map((_, i) => i).sort((a, b) => positions[a] - positions[b] || a - b);
	const offsets = positions.map(() => 0);
	let last = -Infinity;
	for (const i of order) {
		const at = Math.max(positions[i], last + gap);
		offsets[i] = at - positions[i];
		last = at;
	}
	const half = Math.max(0, ...offsets) / 2;
	const placed = positions.map((p, i) => p + offsets[i] - half);
	const shift =
		Math.min(...placed) < from
			? from - Math.min(...placed)
			: Math.max(...placed) > to
				? to - Math.max(...placed)
				: 0;
	return offsets.map((o) => o - half + shift);
}

/** A «nice» axis step (1, 2 or 5 times a power of ten) near `rough`. */
export function niceStep(rough: number): number {
	const power = 10 ** Math.floor(Math.log10(rough));
	const f = rough / power;
	return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power;
}
