import PptxGenJS from 'pptxgenjs';

/** What the council's deck says; gathered by the page, written here so it can be tested in Node. */
export interface DeckContent {
	title: string;
	subtitle: string;
	/** Which files the numbers come from. */
	sources: string;
	findingsTitle: string;
	findings: string[];
	/** Key charts as PNG data URLs (title, legend and source line inside), each with its finding. */
	charts: { title: string; image: string; width: number; height: number; caption: string }[];
	tables: { title: string; header: string[]; rows: string[][]; caption: string }[];
}

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

// 16:9, inches: pptxgenjs' LAYOUT_WIDE.
const W = 13.333;
const H = 7.5;
const MARGIN = 0.5;
const ACCENT = '1F5F8B';
const MUTED = '5A6675';
/** Read across a council's room: nothing under 18 pt. */
const BODY = 18;
/** Findings run two or three lines at 18 pt; five fill a 16:9 slide. */
const FINDINGS_PER_SLIDE = 5;

export async function writeDeck(content: DeckContent): Promise<Blob> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = content.title;
	// Full width between the margins, in the deck's typeface.
	const text = { fontFace: 'Calibri', color: '1B2430', x: MARGIN, w: W - 2 * MARGIN };
	const heading = (slide: PptxGenJS.Slide, title: string) =>
		slide.addText(title, { ...text, y: 0.3, h: 0.7, fontSize: 26, bold: true, color: ACCENT });

	const cover = pptx.addSlide();
	cover.addText(content.title, {
		...text,
		y: 2.2,
		h: 1.6,
		fontSize: 34,
		bold: true,
		color: ACCENT
	});
	cover.addText(content.subtitle, { ...text, y: 3.9, h: 0.6, fontSize: 20 });
	cover.addText(content.sources, {
		...text,
		y: 6.2,
		h: 0.8,
		fontSize: 16,
		color: MUTED
	});

	// PowerPoint does not shrink text until it is edited, so findings are split to fit as they are.
	const pages = Math.ceil(content.findings.length / FINDINGS_PER_SLIDE);
	for (let page = 0; page < pages; page++) {
		const slide = pptx.addSlide();
		heading(slide, pages > 1 ? `${content.findingsTitle} (${page + 1}/${pages})` : content.findingsTitle);
		const findings = content.findings.slice(page * FINDINGS_PER_SLIDE, (page + 1) * FINDINGS_PER_SLIDE);
		slide.addText(
			findings.map((f) => ({ text: f, options: { bullet: true, breakLine: true } })),
			{ ...text, y: 1.1, h: H - 1.5, fontSize: BODY, valign: 'top', paraSpaceAfter: 8 }
		);
	}

	for (const chart of content.charts) {
		const slide = pptx.addSlide();
		// The chart as large as the slide allows above its caption, its proportions kept.
		const box = { w: W - 2 * MARGIN, h: H - 0.3 - 2.0 };
		const scale = Math.min(box.w / chart.width, box.h / chart.height);
		const [w, h] = [chart.width * scale, chart.height * scale];
		slide.addImage({ data: chart.image, x: (W - w) / 2, y: 0.3, w, h, altText: chart.title });
		slide.addText(chart.caption, {
			...text,
			y: H - 1.9,
			h: 1.7,
			fontSize: BODY,
			valign: 'top',
			fit: 'shrink'
		});
	}

	for (const table of content.tables) {
		const slide = pptx.addSlide();
		heading(slide, table.title);
		// The caption takes the lines it needs (about 95 characters a line at 18 pt); the table follows.
		const captionHeight = table.caption ? 0.34 * Math.ceil(table.caption.length / 95) + 0.1 : 0;
		if (table.caption)
			slide.addText(table.caption, {
				...text,
				y: 1.0,
				h: captionHeight,
				fontSize: BODY,
				color: MUTED,
				valign: 'top'
			});
		const head = table.header.map((h) => ({ text: h, options: { bold: true, fill: { color: 'E8F1F8' } } }));
		slide.addTable([head, ...table.rows.map((r) => r.map((cell) => ({ text: cell })))], {
			...text,
			y: 1.1 + captionHeight,
			fontSize: BODY,
			border: { type: 'solid', pt: 0.5, color: 'C9D3DD' },
			valign: 'top',
			// A long plan continues on the next slide, header repeated, rather than running off the page.
			autoPage: true,
			autoPageRepeatHeader: true,
			autoPageSlideStartY: 0.5
		});
	}

	const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
	return new Blob([bytes], { type: PPTX_TYPE });
}
