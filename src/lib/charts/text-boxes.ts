/**
 * Where the texts of a chart rendered to SVG by ECharts sit, estimated without a browser: for tests that
 * check labels do not collide. Widths are estimated from the character count (0.58 em on average for
 * Cyrillic and digits in a sans-serif face); rotated texts are left out.
 */
export interface TextBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const EM = 0.58;

export function textBoxes(svg: string): TextBox[] {
	const boxes: TextBox[] = [];
	for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
		const [, attrs, raw] = match;
		const text = raw
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&')
			.replace(/&quot;/g, '"');
		const at = /transform="translate\(([-\d.]+)[ ,]([-\d.]+)\)"/.exec(attrs);
		if (!at || !text.trim()) continue;
		const size = Number(/font-size:([\d.]+)px/.exec(attrs)?.[1] ?? 12);
		const dy = Number(/\sy="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
		const dx = Number(/\sx="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
		const x = Number(at[1]) + dx;
		const y = Number(at[2]) + dy;
		const width = text.length * size * EM;
		const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
		const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
		const central = /dominant-baseline="central"/.test(attrs);
		const top = central ? y - size / 2 : y - size;
		boxes.push({ text, left, right: left + width, top, bottom: top + size });
	}
	return boxes;
}

/** Pairs of texts whose boxes overlap by more than `slack` pixels both ways. */
export function collisions(boxes: TextBox[], slack = 1): [string, string][] {
	const out: [string, string][] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (x > slack && y > slack) out.push([a.text, b.text]);
		}
	return out;
}
