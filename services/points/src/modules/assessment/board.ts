import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { cjkDocument } from '@xiangzhi/subgraph-kit/cjk-pdf';
import {
  Ranking,
  RankingKind,
  RankingRow,
  RankingStatus,
  callerDivision,
  rankingDivision,
  validMonth,
} from '../ranking/index.js';
import { GridAssessment } from './assessment.entity.js';
import { GRADE_LABELS } from './assessment.form.js';

/** 张榜公示: what a published month shows the village or township. */
@ObjectType('RankingBoard', { description: '张榜公示：已发布月份的排名与网格员考核 / The public board of a month' })
export class RankingBoard {
  @Field(() => String, { description: '乡镇或村区划代码' })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM）' })
  month!: string;

  @Field(() => [Ranking], { description: '已发布的排名（党员干部、网格员）' })
  rankings!: Ranking[];

  @Field(() => [GridAssessment], { description: '网格员考核评议结果（总分高的在前）' })
  assessments!: GridAssessment[];
}

@ObjectType('BoardFile', { description: '张榜公示打印文件（PDF，base64）/ The printable board' })
export class BoardFile {
  @Field(() => String, { description: '文件名' })
  fileName!: string;

  @Field(() => String, { description: 'MIME 类型' })
  contentType!: string;

  @Field(() => String, { description: '文件内容（base64）' })
  contentBase64!: string;
}

/** The board of a published month in the caller's reach, or null (not published, unknown, elsewhere). */
export async function loadBoard(
  em: EntityManager,
  p: Principal,
  divisionCode: string,
  month: string,
): Promise<RankingBoard | null> {
  authorize(p, Action.POINTS_READ);
  const code = rankingDivision(divisionCode);
  const m = validMonth(month);
  if (!m || !code.startsWith(callerDivision(p))) return null;
  const rankings = await em.find(
    Ranking,
    { divisionCode: code, month: m, status: RankingStatus.PUBLISHED },
    { orderBy: { kind: 'asc' } },
  );
  if (!rankings.length) return null;
  const assessments = await em.find(
    GridAssessment,
    { divisionCode: { $like: `${code}%` }, month: m },
    { orderBy: { total: 'desc', cadreName: 'asc' } },
  );
  return Object.assign(new RankingBoard(), { divisionCode: code, month: m, rankings, assessments });
}

const KIND_TITLES: Record<RankingKind, string> = { CADRE: '党员干部积分排名', GRID_MEMBER: '网格长、网格员积分排名' };

/** The board as an A4 PDF: each published ranking as a table, then the grid members' assessment. */
export async function renderBoard(em: EntityManager, board: RankingBoard): Promise<BoardFile> {
  const rows = await em.find(RankingRow, { rankingId: { $in: board.rankings.map((r) => r.id) } });
  const [year, month] = board.month.split('-');
  const title = `${year}年${Number(month)}月积分考评张榜公示`;
  const { doc, done } = cjkDocument({ size: 'A4', margin: 48, info: { Title: title, Author: '乡治' } });
  doc.font('cjk-bold').fontSize(18).text(title, { align: 'center' });
  doc.font('cjk').fontSize(10).text(`区划代码 ${board.divisionCode}`, { align: 'center' }).moveDown();
  const line = (cells: string[], widths: number[], bold = false): void => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(11);
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i], lineBreak: false, ellipsis: true });
      x += widths[i]!;
    });
    doc.x = doc.page.margins.left;
    doc.y = y + 18;
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
  };
  for (const ranking of board.rankings) {
    doc.font('cjk-bold').fontSize(13).text(KIND_TITLES[ranking.kind]).moveDown(0.3);
    line(['名次', '姓名', '积分', '记录数'], [60, 200, 100, 100], true);
    rows
      .filter((r) => r.rankingId === ranking.id)
      .sort((a, b) => a.rank - b.rank)
      .forEach((r) => line([String(r.rank), r.cadreName, String(r.total), String(r.entryCount)], [60, 200, 100, 100]));
    doc.moveDown();
  }
  if (board.assessments.length) {
    doc.font('cjk-bold').fontSize(13).text('网格员考核评议').moveDown(0.3);
    line(['姓名', '总分', '等次', '评议意见'], [120, 60, 60, 260], true);
    for (const a of board.assessments)
      line([a.cadreName, String(a.total), GRADE_LABELS[a.grade], a.comment ?? ''], [120, 60, 60, 260]);
  }
  doc.moveDown().font('cjk').fontSize(10).text('如有异议，请在公示期内向乡镇党建办反映。', doc.page.margins.left);
  doc.end();
  const content = await done;
  return Object.assign(new BoardFile(), {
    fileName: `${title}.pdf`,
    contentType: 'application/pdf',
    contentBase64: content.toString('base64'),
  });
}
