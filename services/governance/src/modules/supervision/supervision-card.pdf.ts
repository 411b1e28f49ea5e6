import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';

/** What one printed 工作督办卡 shows. */
export interface SupervisionCardData {
  title: string;
  content: string;
  cadre: string;
  issuer: string;
  issuedOn: string;
  dueOn: string;
  status: string;
  report: string | null;
  reportedOn: string | null;
  returnReason: string | null;
}

// A4 in points; two cards a page, each with a box per row as on the paper card of seed 002

const CARD = { x: 40, width: 515.28, height: 380 };
const LABEL_W = 90;
const RED = '#C8161D';

function row(doc: PDFKit.PDFDocument, y: number, label: string, value: string, height: number): number {
  doc.save().lineWidth(0.6).strokeColor('#888888').rect(CARD.x, y, CARD.width, height).stroke();
  doc
    .moveTo(CARD.x + LABEL_W, y)
    .lineTo(CARD.x + LABEL_W, y + height)
    .stroke()
    .restore();
  doc
    .fillColor('#333333')
    .font('cjk-bold')
    .fontSize(10)
    .text(label, CARD.x + 6, y + 6, { width: LABEL_W - 12, align: 'center' });
  doc
    .fillColor('#000000')
    .font('cjk')
    .fontSize(10)
    .text(value, CARD.x + LABEL_W + 8, y + 6, {
      width: CARD.width - LABEL_W - 16,
      height: height - 10,
      ellipsis: true,
    });
  return y + height;
}

function card(doc: PDFKit.PDFDocument, c: SupervisionCardData, top: number): void {
  doc
    .fillColor(RED)
    .font('cjk-bold')
    .fontSize(18)
    .text('工作督办卡', CARD.x, top, { width: CARD.width, align: 'center' });
  let y = top + 30;
  y = row(doc, y, '督办事项', c.title, 26);
  y = row(doc, y, '工作要求', c.content, 96);
  y = row(doc, y, '承办人', c.cadre, 26);
  y = row(doc, y, '下发单位', `${c.issuer}    下发日期 ${c.issuedOn}    完成时限 ${c.dueOn}`, 26);
  y = row(doc, y, '办理状态', c.status, 26);
  y = row(doc, y, '反馈情况', c.report ? `${c.report}${c.reportedOn ? `（${c.reportedOn}）` : ''}` : '', 96);
  row(doc, y, '验收意见', c.returnReason ? `退回：${c.returnReason}` : '', 34);
}

/** The cards as one A4 PDF, two to a page, the CJK font embedded. */
export async function renderSupervisionCards(cards: readonly SupervisionCardData[], title: string): Promise<Buffer> {
  const { doc, done } = cjkDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Author: '乡治', Subject: '工作督办卡' },
  });
  cards.forEach((c, i) => {
    if (i % 2 === 0) doc.addPage();
    card(doc, c, i % 2 === 0 ? 30 : 30 + CARD.height + 40);
  });
  if (!cards.length) doc.addPage();
  doc.end();
  return done;
}
