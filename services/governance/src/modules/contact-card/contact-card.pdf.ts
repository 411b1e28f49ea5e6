import QRCode from 'qrcode';
import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';

/** What one card shows. Phones here are in plain text: this is the only place they are. */
export interface ContactCardData {
  householdId: string;
  /** The household's order page (`PUBLIC_BASE_URL/s/<code>`): what the card's QR code carries. */
  orderUrl: string;
  headName: string;
  address: string;
  village: string;
  township: string;
  gridName: string | null;
  cadres: { name: string; post: string; phone: string | null }[];
  gridLeader: { name: string; phone: string | null } | null;
}

/** What the card's QR code carries: the household's order page, opened by a villager's phone without an account. */
export const householdQrText = (c: Pick<ContactCardData, 'orderUrl'>): string => c.orderUrl;

// A4 in points; 2 × 4 cards of 90 × 62 mm with 24 pt gutters for the cut marks
const PAGE = { width: 595.28, height: 841.89 };
const CARD = { width: 255, height: 175 };
const GAP = 24;
const COLS = 2;
const ROWS = 4;
export const CARDS_PER_PAGE = COLS * ROWS;
const MARGIN_X = (PAGE.width - COLS * CARD.width - (COLS - 1) * GAP) / 2;
const MARGIN_Y = (PAGE.height - ROWS * CARD.height - (ROWS - 1) * GAP) / 2;
const RED = '#C8161D';
const GREY = '#666666';

/** `13812345678` → `138 1234 5678`, `07451234567` → `0745-1234567`: easier to read off a card. */
function spaced(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  const area = /^0[12]/.test(phone) ? 3 : 4;
  return phone.startsWith('0') ? `${phone.slice(0, area)}-${phone.slice(area)}` : phone;
}

/** Short crop marks outside each corner, in the gutters, so a sheet can be cut into cards. */
function cutMarks(doc: PDFKit.PDFDocument, x: number, y: number): void {
  const o = 3;
  const l = 8;
  doc.save().lineWidth(0.4).strokeColor('#000000');
  for (const [cx, dx] of [
    [x, -1],
    [x + CARD.width, 1],
  ] as const) {
    for (const [cy, dy] of [
      [y, -1],
      [y + CARD.height, 1],
    ] as const) {
      doc
        .moveTo(cx + dx * o, cy)
        .lineTo(cx + dx * (o + l), cy)
        .stroke();
      doc
        .moveTo(cx, cy + dy * o)
        .lineTo(cx, cy + dy * (o + l))
        .stroke();
    }
  }
  doc.restore();
}

function card(doc: PDFKit.PDFDocument, c: ContactCardData, qr: Buffer, x: number, y: number): void {
  const pad = 10;
  const qrSize = 72;
  const textWidth = CARD.width - 2 * pad - qrSize - 8;
  doc.save().lineWidth(0.5).strokeColor('#BBBBBB').rect(x, y, CARD.width, CARD.height).stroke().restore();
  doc.rect(x, y, CARD.width, 28).fill(RED);
  doc
    .fillColor('#FFFFFF')
    .font('cjk-bold')
    .fontSize(13)
    .text('党群联系卡', x + pad, y + 6, { lineBreak: false });
  doc
    .font('cjk')
    .fontSize(7.5)
    .text(`${c.township} ${c.village}`, x + pad + 75, y + 10, {
      width: CARD.width - 2 * pad - 75,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });

  let ty = y + 33;
  doc
    .fillColor(GREY)
    .font('cjk')
    .fontSize(7.5)
    .text('户主', x + pad, ty + 2, { lineBreak: false });
  doc
    .fillColor('#000000')
    .font('cjk-bold')
    .fontSize(11)
    .text(c.headName, x + pad + 22, ty - 1, { width: textWidth - 22, lineBreak: false, ellipsis: true });
  ty += 15;
  doc
    .fillColor(GREY)
    .font('cjk')
    .fontSize(7.5)
    .text('住址', x + pad, ty + 1, { lineBreak: false });
  doc
    .fillColor('#000000')
    .fontSize(8.5)
    .text(c.address, x + pad + 22, ty, { width: textWidth - 22, height: 26, ellipsis: true });
  ty += 28;
  doc
    .save()
    .lineWidth(0.4)
    .strokeColor('#DDDDDD')
    .moveTo(x + pad, ty)
    .lineTo(x + pad + textWidth, ty)
    .stroke()
    .restore();
  ty += 3;

  doc
    .fillColor(RED)
    .font('cjk-bold')
    .fontSize(8)
    .text('联户党员', x + pad, ty, { lineBreak: false });
  ty += 12;
  if (!c.cadres.length)
    doc
      .fillColor(GREY)
      .font('cjk')
      .fontSize(9)
      .text('待安排，请联系网格长', x + pad, ty, { width: textWidth, lineBreak: false });
  for (const cadre of c.cadres.slice(0, 2)) {
    doc
      .fillColor('#000000')
      .font('cjk-bold')
      .fontSize(10)
      .text(cadre.name, x + pad, ty, { continued: true, lineBreak: false })
      .font('cjk')
      .fontSize(8)
      .fillColor(GREY)
      .text(`  ${cadre.post}`, { width: textWidth, lineBreak: false, ellipsis: true });
    ty += 12.5;
    doc
      .fillColor('#000000')
      .font('cjk-bold')
      .fontSize(10.5)
      .text(cadre.phone ? `电话 ${spaced(cadre.phone)}` : '电话：未登记', x + pad, ty, { lineBreak: false });
    ty += 13.5;
  }

  const leaderY = y + CARD.height - 26;
  const leader = c.gridLeader ? `${c.gridLeader.name}  ${c.gridLeader.phone ? spaced(c.gridLeader.phone) : ''}` : '—';
  doc
    .fillColor(GREY)
    .font('cjk')
    .fontSize(7.5)
    .text(`网格长${c.gridName ? `（${c.gridName}）` : ''}  `, x + pad, leaderY + 1, {
      continued: true,
      lineBreak: false,
    })
    .fillColor('#000000')
    .fontSize(8.5)
    .text(leader, { width: CARD.width - 2 * pad, lineBreak: false, ellipsis: true });

  const qx = x + CARD.width - pad - qrSize;
  doc.image(qr, qx, y + 36, { width: qrSize, height: qrSize });
  doc
    .fillColor(GREY)
    .font('cjk')
    .fontSize(6.5)
    .text('扫码查看本户', qx, y + 36 + qrSize + 3, { width: qrSize, align: 'center', lineBreak: false });

  doc.rect(x, y + CARD.height - 12, CARD.width, 12).fill('#F6EFE6');
  doc
    .fillColor(RED)
    .font('cjk')
    .fontSize(6.5)
    .text('有事找党员 · 家家党员联、户户见党员', x + pad, y + CARD.height - 10, {
      width: CARD.width - 2 * pad,
      align: 'center',
      lineBreak: false,
    });
}

/** The cards as one A4 PDF, eight to a page with cut marks, the CJK font embedded. */
export async function renderContactCards(cards: readonly ContactCardData[], title: string): Promise<Buffer> {
  const qrs = await Promise.all(
    cards.map((c) =>
      QRCode.toBuffer(householdQrText(c), {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: 1,
        width: 288,
      }),
    ),
  );
  const { doc, done } = cjkDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Author: '乡治', Subject: '党群联系卡 / 便民服务卡' },
  });
  cards.forEach((c, i) => {
    const slot = i % CARDS_PER_PAGE;
    if (slot === 0) doc.addPage();
    const x = MARGIN_X + (slot % COLS) * (CARD.width + GAP);
    const y = MARGIN_Y + Math.floor(slot / COLS) * (CARD.height + GAP);
    cutMarks(doc, x, y);
    card(doc, c, qrs[i]!, x, y);
  });
  doc.end();
  return done;
}
