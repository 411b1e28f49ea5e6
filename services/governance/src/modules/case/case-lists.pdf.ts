import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';
import { CaseLevel, CaseStatus } from './case.enums.js';
import { CASE_LIST_REASON_LABELS, type CaseMeetingList } from './case-lists.types.js';

const LEVEL: Record<CaseLevel, string> = { GRID: '网格', VILLAGE: '村', TOWNSHIP: '乡镇', COUNTY: '县' };
const STATUS: Record<CaseStatus, string> = {
  REPORTED: '已登记',
  ACCEPTED: '已受理',
  ASSIGNED: '已交办',
  IN_PROGRESS: '办理中',
  ESCALATED: '已上报',
  RETURNED: '已退回',
  SUSPENDED: '暂停',
  RESOLVED: '已办结',
  CONFIRMED: '已确认',
  CLOSED: '已销号',
};
const DAY = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const day = (d: Date | null): string => (d ? DAY.format(d).replace(/\//g, '-') : '—');

// A4 landscape, 36 pt margins; widths in points, summing to the printable width
const COLUMNS = [
  { title: '序号', width: 28 },
  { title: '编号', width: 92 },
  { title: '事项', width: 200 },
  { title: '农户/地点', width: 100 },
  { title: '层级', width: 36 },
  { title: '状态', width: 48 },
  { title: '责任人', width: 60 },
  { title: '登记日期', width: 62 },
  { title: '办理期限', width: 62 },
  { title: '列入原因', width: 82 },
] as const;
const MARGIN = 36;
const ROW = 22;
const RED = '#C8161D';

/** The list as a printable A4 (landscape) PDF: one row per case, a blank 议定意见 column left for the meeting's notes. */
export async function renderMeetingList(list: CaseMeetingList): Promise<Buffer> {
  const { doc, done } = cjkDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: list.title, Author: '乡治' },
  });
  const width = doc.page.width - 2 * MARGIN;
  const header = (): number => {
    doc.font('cjk-bold').fontSize(15).fillColor('#000000').text(list.title, MARGIN, MARGIN, { width, align: 'center' });
    doc
      .font('cjk')
      .fontSize(9)
      .fillColor('#666666')
      .text(
        `生成于 ${day(list.generatedAt)}  共 ${list.totalCount} 件${list.totalCount > list.items.length ? `（列出前 ${list.items.length} 件）` : ''}`,
        MARGIN,
        MARGIN + 22,
        { width, align: 'right' },
      );
    let x = MARGIN;
    const y = MARGIN + 38;
    doc.rect(MARGIN, y, width, ROW).fill('#F2F2F2');
    doc.font('cjk-bold').fontSize(9).fillColor('#000000');
    for (const c of COLUMNS) {
      doc.text(c.title, x + 3, y + 6, { width: c.width - 6, lineBreak: false });
      x += c.width;
    }
    return y + ROW;
  };
  let y = header();
  if (!list.items.length)
    doc
      .font('cjk')
      .fontSize(11)
      .text('本期无待议事项', MARGIN, y + 12, { width, align: 'center' });
  list.items.forEach(({ case: c, reasons }, i) => {
    if (y + ROW > doc.page.height - MARGIN) {
      doc.addPage();
      y = header();
    }
    const late = reasons.includes('OVERDUE' as (typeof reasons)[number]);
    const cells = [
      String(i + 1),
      c.code,
      c.title,
      c.household?.headName ? `${c.household.headName}户` : (c.place ?? '—'),
      LEVEL[c.level],
      STATUS[c.status],
      c.responsible?.name ?? '—',
      day(c.raisedAt),
      day(c.dueAt),
      reasons.map((r) => CASE_LIST_REASON_LABELS[r]).join('、'),
    ];
    let x = MARGIN;
    doc.font('cjk').fontSize(8.5);
    cells.forEach((text, k) => {
      const col = COLUMNS[k]!;
      doc.fillColor(late && (k === 8 || k === 9) ? RED : '#000000');
      doc.text(text, x + 3, y + 6, { width: col.width - 6, lineBreak: false, ellipsis: true });
      x += col.width;
    });
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor('#CCCCCC')
      .moveTo(MARGIN, y + ROW)
      .lineTo(MARGIN + width, y + ROW)
      .stroke()
      .restore();
    y += ROW;
  });
  doc.end();
  return done;
}
