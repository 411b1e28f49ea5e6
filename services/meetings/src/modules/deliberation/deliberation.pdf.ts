import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';
import type { Deliberation, DeliberationRecord } from './deliberation.entity.js';
import { DeliberationStep, STEP_LABELS, STEP_ORDER, isVotingStep } from './deliberation.enums.js';
import { inForce } from './deliberation.service.js';

export interface NoticeContent {
  deliberation: Deliberation;
  record: DeliberationRecord;
  records: DeliberationRecord[];
  /** The village's name from governance; empty when it could not be asked. */
  villageName: string;
}

const MARGIN = 56;
const DAY = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const DATE = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** 2026-11-20 → 2026年11月20日 */
const longDate = (isoDay: string): string => DAY.format(new Date(`${isoDay}T12:00:00+08:00`));

export const noticeTitle = (d: Deliberation, step: DeliberationStep): string =>
  step === DeliberationStep.RESOLUTION_DISCLOSED ? `关于${d.title}的决议公示` : `关于${d.title}实施结果的公示`;

const VOTE_COLUMNS = [
  { title: '环节', width: 150 },
  { title: '会议日期', width: 80 },
  { title: '应到', width: 44 },
  { title: '实到', width: 44 },
  { title: '赞成', width: 44 },
  { title: '反对', width: 44 },
  { title: '弃权', width: 44 },
] as const;

/** The 公示 notice (A4 portrait) to post on the village's board: the text, the four votes, the posting days. */
export async function renderNotice(c: NoticeContent): Promise<Buffer> {
  const { deliberation: d, record } = c;
  const title = noticeTitle(d, record.step);
  const { doc, done } = cjkDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Author: '乡治' } });
  const width = doc.page.width - 2 * MARGIN;
  doc.font('cjk-bold').fontSize(18).fillColor('#000000').text(title, { width, align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('cjk')
    .fontSize(10)
    .fillColor('#444444')
    .text(`${c.villageName ? `${c.villageName} · ` : ''}村务公开 · ${STEP_LABELS[record.step]}`, {
      width,
      align: 'center',
    });
  doc.moveDown(1.2);
  doc.font('cjk').fontSize(12).fillColor('#000000');
  doc.text(record.noticeText ?? '', { width, lineGap: 4, paragraphGap: 6 });
  if (record.step === DeliberationStep.RESOLUTION_DISCLOSED) {
    doc.moveDown(1);
    doc.font('cjk-bold').fontSize(12).text('表决情况', { width });
    doc.moveDown(0.4);
    let y = doc.y;
    const row = (cells: readonly string[], bold: boolean): void => {
      let x = MARGIN;
      doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(10);
      VOTE_COLUMNS.forEach((col, i) => {
        doc.rect(x, y, col.width, 20).stroke('#999999');
        doc.fillColor('#000000').text(cells[i] ?? '', x + 4, y + 5, { width: col.width - 8, lineBreak: false });
        x += col.width;
      });
      y += 20;
    };
    row(
      VOTE_COLUMNS.map((col) => col.title),
      true,
    );
    const votes = inForce(c.records).filter((r) => isVotingStep(r.step));
    for (const step of STEP_ORDER.filter(isVotingStep)) {
      const r = votes.filter((v) => v.step === step).at(-1);
      if (!r) continue;
      const n = (v: number | null): string => (v == null ? '—' : String(v));
      row(
        [
          STEP_LABELS[step],
          DATE.format(r.occurredAt).replace(/\//g, '-'),
          n(r.expectedCount),
          n(r.presentCount),
          n(r.votesFor),
          n(r.votesAgainst),
          n(r.votesAbstain),
        ],
        false,
      );
    }
    doc.x = MARGIN;
    doc.y = y + 10;
  }
  doc.moveDown(1);
  doc
    .font('cjk')
    .fontSize(12)
    .fillColor('#000000')
    .text(
      `公示期：${longDate(record.postedFrom!)}至${longDate(record.postedTo!)}。公示期间如有异议，` +
        '请向村党组织或村务监督委员会反映。',
      MARGIN,
      doc.y,
      { width, lineGap: 4 },
    );
  doc.moveDown(3);
  doc.text(`${c.villageName || '村'}党组织`, { width, align: 'right' });
  doc.text(`${c.villageName}村民委员会`, { width, align: 'right' });
  doc.text(longDate(record.postedFrom!), { width, align: 'right' });
  doc.end();
  return done;
}
