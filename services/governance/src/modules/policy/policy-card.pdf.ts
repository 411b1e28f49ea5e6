import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';

/** What one 政策明白卡 shows: the household, the policies it is owed or receives, the last briefing. */
export interface PolicyCardData {
  headName: string;
  address: string;
  place: string;
  policies: {
    name: string;
    category: string;
    status: string;
    issuingBody: string;
    summary: string;
    validTo: string | null;
  }[];
  lastBriefing: { on: string; by: string } | null;
  printedOn: string;
}

const RED = '#C8161D';
const GREY = '#666666';
const MARGIN = 48;

/** The card as an A4 PDF: header, one block per policy, signature lines for the cadre and the household. */
export function renderPolicyCard(c: PolicyCardData): Promise<Buffer> {
  const { doc, done } = cjkDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `政策明白卡 ${c.headName}`, Author: '乡治', Subject: '政策明白卡' },
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.rect(0, 0, doc.page.width, 64).fill(RED);
  doc.fillColor('#FFFFFF').font('cjk-bold').fontSize(22).text('政策明白卡', MARGIN, 18, { width, align: 'center' });
  doc.fillColor('#000000').font('cjk').fontSize(11);
  doc.text(`户主：${c.headName}`, MARGIN, 82, { width });
  doc.text(`住址：${c.place} ${c.address}`, { width });
  doc
    .fillColor(GREY)
    .fontSize(9)
    .text(c.lastBriefing ? `最近宣讲：${c.lastBriefing.on}（${c.lastBriefing.by}）` : '尚未记录宣讲', { width });
  doc.moveDown(0.8);
  if (!c.policies.length) doc.fillColor('#000000').fontSize(11).text('目前没有该户符合条件的政策。', { width });
  c.policies.forEach((p, i) => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc
      .fillColor(RED)
      .font('cjk-bold')
      .fontSize(12.5)
      .text(`${i + 1}. ${p.name}`, { width, continued: true })
      .fillColor(GREY)
      .font('cjk')
      .fontSize(9.5)
      .text(`  【${p.category} · ${p.status}】`);
    doc.fillColor('#000000').fontSize(10.5).text(p.summary, { width, lineGap: 2 });
    doc
      .fillColor(GREY)
      .fontSize(9)
      .text(`发文单位：${p.issuingBody}${p.validTo ? `  有效期至：${p.validTo}` : ''}`, { width });
    doc.moveDown(0.6);
  });
  if (doc.y > doc.page.height - 120) doc.addPage();
  doc.moveDown(1);
  doc.fillColor('#000000').fontSize(11).text('宣讲人（签字）：____________    农户（签字）：____________', { width });
  doc.moveDown(0.5);
  doc.fillColor(GREY).fontSize(9).text(`打印日期：${c.printedOn}  有疑问请联系联户党员或村委会`, { width });
  doc.end();
  return done;
}
