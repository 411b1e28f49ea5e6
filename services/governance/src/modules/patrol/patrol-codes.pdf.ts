import QRCode from 'qrcode';
import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';

/** One plate to print and fix at a patrol point. */
export interface PointPlate {
  planName: string;
  pointName: string;
  window: string;
  qrText: string;
  token: string;
}

// A4 in points, 2 × 3 plates of 255 × 250 pt
const COLS = 2;
const ROWS = 3;
const PLATE = { width: 255, height: 250 };
const MARGIN = { x: 35, y: 40 };
const GAP = { x: 15, y: 12 };
const RED = '#C8161D';

/** The point codes of a plan as an A4 PDF, six plates a page: QR code, point name, window and the typed code. */
export async function renderPointPlates(plates: readonly PointPlate[], title: string): Promise<Buffer> {
  const qrs = await Promise.all(
    plates.map((p) => QRCode.toBuffer(p.qrText, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 400 })),
  );
  const { doc, done } = cjkDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Author: '乡治', Subject: '巡查点位二维码' },
  });
  plates.forEach((p, i) => {
    const slot = i % (COLS * ROWS);
    if (slot === 0) doc.addPage();
    const x = MARGIN.x + (slot % COLS) * (PLATE.width + GAP.x);
    const y = MARGIN.y + Math.floor(slot / COLS) * (PLATE.height + GAP.y);
    doc.save().lineWidth(0.6).strokeColor('#BBBBBB').rect(x, y, PLATE.width, PLATE.height).stroke().restore();
    doc.rect(x, y, PLATE.width, 26).fill(RED);
    doc
      .fillColor('#FFFFFF')
      .font('cjk-bold')
      .fontSize(12)
      .text('定点巡查签到', x + 10, y + 6, { width: PLATE.width - 20, lineBreak: false });
    doc
      .fillColor('#000000')
      .font('cjk-bold')
      .fontSize(12)
      .text(p.pointName, x + 10, y + 32, {
        width: PLATE.width - 20,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      });
    doc.image(qrs[i]!, x + (PLATE.width - 140) / 2, y + 52, { width: 140, height: 140 });
    doc
      .font('cjk')
      .fontSize(8.5)
      .fillColor('#333333')
      .text(`${p.planName} · ${p.window}`, x + 10, y + 198, {
        width: PLATE.width - 20,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
      })
      .fontSize(8)
      .text(`无法扫码时输入：${p.token}`, x + 10, y + 216, {
        width: PLATE.width - 20,
        align: 'center',
        lineBreak: false,
      });
  });
  if (!plates.length) doc.addPage().font('cjk').fontSize(12).text('本计划还没有点位', 60, 60);
  doc.end();
  return done;
}
