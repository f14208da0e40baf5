import {
	AlignmentType,
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { CouncilDecision } from '../analysis/council';
import type { Translate } from '../i18n';

/** Times New Roman 14, as a protocol of the council is typed in a school's office. */
const FONT = 'Times New Roman';
const SIZE = 28;

const text = (value: string, bold = false) =>
	new Paragraph({ children: [new TextRun({ text: value, bold, font: FONT, size: SIZE })] });
const heading = (value: string) =>
	new Paragraph({
		heading: HeadingLevel.HEADING_2,
		spacing: { before: 240, after: 120 },
		children: [new TextRun({ text: value, bold: true, font: FONT, size: SIZE, color: '000000' })]
	});
const cell = (value: string, width: number, bold = false) =>
	new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [text(value, bold)] });

/** The decision as a Word document: heard, spoke, decided (a table of item, responsible, date). */
export async function councilDocx(d: CouncilDecision, t: Translate): Promise<Uint8Array> {
	const widths = [6, 54, 22, 18];
	const header = new TableRow({
		tableHeader: true,
		children: [
			t('council.col.no'),
			t('council.col.text'),
			t('council.col.responsible'),
			t('council.col.due')
		].map((h, i) => cell(h, widths[i], true))
	});
	const rows = d.decided.map(
		(item, i) =>
			new TableRow({
				children: [String(i + 1), item.text, item.responsible, item.due].map((v, k) => cell(v, widths[k]))
			})
	);
	const doc = new Document({
		title: d.title,
		styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
		sections: [
			{
				children: [
					new Paragraph({
						heading: HeadingLevel.HEADING_1,
						alignment: AlignmentType.CENTER,
						children: [new TextRun({ text: d.title, bold: true, font: FONT, size: 32, color: '000000' })]
					}),
					new Paragraph({
						spacing: { after: 120 },
						children: [
							new TextRun({ text: `${t('council.agendaLabel')}: `, bold: true, font: FONT, size: SIZE }),
							new TextRun({ text: d.agenda, font: FONT, size: SIZE })
						]
					}),
					heading(t('council.heard')),
					...d.heard.map((line) => text(line)),
					heading(t('council.spoke')),
					...d.spoke.map((line) => text(line)),
					heading(t('council.decided')),
					new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
					new Paragraph({ spacing: { before: 480 }, children: [] }),
					text(t('council.chair')),
					new Paragraph({ spacing: { before: 240 }, children: [] }),
					text(t('council.secretary'))
				]
			}
		]
	});
	return Packer.pack(doc, 'uint8array');
}
