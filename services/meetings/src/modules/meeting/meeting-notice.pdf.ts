import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import type { Meeting, MeetingKind } from './meeting.entity.js';
import { localTime, noticeTextOf } from './meeting-events.js';

const RED = '#C8161D';
const GREY = '#666666';

/** The kinds as a village board names them (glossary). */
export const KIND_LABEL: Record<MeetingKind, string> = {
  VILLAGERS_FORUM: '主题党日 + 党群说事会',
  WEEKLY_BRIEFING: '民情碰头会',
  TOWNSHIP_REVIEW: '民情例会',
  COMMITTEE: '两委会议',
  PARTY_ASSEMBLY: '党员大会',
  REPRESENTATIVES_ASSEMBLY: '村民代表会议',
  ANNUAL_REVIEW: '组织生活会（双述双评）',
};

const chineseDate = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The printable notice (A4, one page) to post on the village board: title, time, place, text, date issued. */
export async function renderMeetingNotice(m: Meeting): Promise<Buffer> {
  const { doc, done } = cjkDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 } });
  const width = doc.page.width - 144;
  doc.info.Title = `会议通知：${m.title}`;
  doc.fillColor(RED).font('cjk-bold').fontSize(26).text('会 议 通 知', { align: 'center', width });
  doc.moveDown(0.3);
  const y = doc.y;
  doc
    .save()
    .lineWidth(1.5)
    .strokeColor(RED)
    .moveTo(72, y)
    .lineTo(72 + width, y)
    .stroke()
    .restore();
  doc.moveDown(1.2);
  doc.fillColor('#000000').font('cjk-bold').fontSize(16).text(m.title, { align: 'center', width });
  doc.moveDown(1);
  doc.font('cjk').fontSize(13).fillColor('#000000');
  doc.text(noticeTextOf(m), { width, lineGap: 6, indent: 26 });
  doc.moveDown(1.2);
  for (const [label, value] of [
    ['会议类型', KIND_LABEL[m.kind]],
    ['会议时间', localTime(m.date)],
    ['会议地点', m.place ?? '另行通知'],
  ] as const) {
    doc.fillColor(GREY).font('cjk').fontSize(12).text(`${label}：`, { continued: true });
    doc.fillColor('#000000').text(value, { width });
    doc.moveDown(0.3);
  }
  doc.moveDown(2);
  const issued = todayInChina(m.noticePublishedAt ?? new Date());
  doc.fillColor('#000000').font('cjk').fontSize(13).text(chineseDate(issued), { align: 'right', width });
  doc.end();
  return done;
}
