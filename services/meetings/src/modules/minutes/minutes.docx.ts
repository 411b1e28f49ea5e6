import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { addendumHeading, type MinutesPrintable } from './minutes.draft.js';

// Word picks the East Asian font for CJK characters; 宋体 is on every Chinese Windows and WPS install
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };

const run = (text: string, options: { bold?: boolean; size?: number; heading?: boolean } = {}): TextRun =>
  new TextRun({ text, bold: options.bold, size: options.size ?? 24, font: options.heading ? HEADING_FONT : FONT });

const heading = (text: string): Paragraph =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    children: [run(text, { bold: true, size: 28, heading: true })],
  });

const body = (text: string): Paragraph =>
  new Paragraph({ spacing: { after: 80, line: 360 }, children: [run(text.trimStart())] });

/** The minutes as a Word document (.docx): title, the sections as headings and paragraphs, then the addenda. */
export async function renderMinutesDocx(p: MinutesPrintable): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [run(p.title, { bold: true, size: 36, heading: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(p.subtitle, { size: 21 })],
    }),
  ];
  for (const section of p.sections) {
    if (section.heading) children.push(heading(section.heading));
    children.push(...section.paragraphs.map(body));
  }
  if (p.addenda.length) {
    children.push(heading('补充说明'));
    p.addenda.forEach((a, i) => {
      children.push(
        new Paragraph({ spacing: { before: 120 }, children: [run(addendumHeading(a, i), { bold: true })] }),
      );
      children.push(
        ...a.text
          .split(/\r?\n/)
          .filter((l) => l.trim())
          .map(body),
      );
    });
  }
  const doc = new Document({
    creator: '乡治',
    title: p.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
