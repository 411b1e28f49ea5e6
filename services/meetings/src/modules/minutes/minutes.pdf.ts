import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';
import { addendumHeading, type MinutesPrintable } from './minutes.draft.js';

const MARGIN = 56;

/** The minutes as an A4 PDF with Chinese text: the same layout as the .docx (title, sections, addenda). */
export async function renderMinutesPdf(p: MinutesPrintable): Promise<Buffer> {
  const { doc, done } = cjkDocument({ size: 'A4', margin: MARGIN, info: { Title: p.title, Author: '乡治' } });
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string): void => {
    doc.moveDown(0.6).font('cjk-bold').fontSize(13).fillColor('#000000').text(text, { width });
    doc.moveDown(0.2);
  };
  const paragraph = (text: string): void => {
    doc.font('cjk').fontSize(11).fillColor('#000000').text(text, { width, lineGap: 4 });
  };
  doc.font('cjk-bold').fontSize(18).text(p.title, { width, align: 'center' });
  doc.moveDown(0.3).font('cjk').fontSize(10).fillColor('#666666').text(p.subtitle, { width, align: 'center' });
  doc.moveDown(0.5);
  for (const section of p.sections) {
    if (section.heading) heading(section.heading);
    section.paragraphs.forEach(paragraph);
  }
  if (p.addenda.length) {
    heading('补充说明');
    p.addenda.forEach((a, i) => {
      doc.moveDown(0.3).font('cjk-bold').fontSize(11).text(addendumHeading(a, i), { width });
      paragraph(a.text);
    });
  }
  doc.end();
  return done;
}
