import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, scopeOf, type Principal } from '@xiangzhi/auth';
import { charCount, hasControlChars, isUuid } from '@xiangzhi/subgraph-kit';
import {
  Ranking,
  RankingKind,
  RankingStatus,
  callerDivision,
  rankingDivision,
  validMonth,
  type RankingDirectory,
} from '../ranking/index.js';
import { prefixes } from '../point-rule/index.js';
import { GridAssessment, type AssessmentScore } from './assessment.entity.js';
import { ASSESSMENT_ITEMS, gradeOf } from './assessment.form.js';
import { AssessmentErrorCode, COMMENT_MAX, assessmentError } from './assessment.errors.js';

export interface ScoreAssessmentInput {
  cadreId: string;
  divisionCode: string;
  month: string;
  scores: AssessmentScore[];
  comment?: string | null;
  /** The version the form was read at; absent for a first scoring. */
  version?: number | null;
}

/** Every item of a form once, each within 0 and its maximum; the total is the earned items less the deductions. */
export function scoreItems(
  scores: readonly AssessmentScore[],
  items: readonly { code: string; name: string; maxPoints: number; deduction?: boolean }[],
  invalid: (detail: string) => Error,
): { scores: AssessmentScore[]; total: number } {
  const byCode = new Map(scores.map((s) => [s.code, s.points]));
  if (byCode.size !== scores.length || byCode.size !== items.length) throw invalid('每一项须且只须填写一次');
  let total = 0;
  const out = items.map((item) => {
    const points = byCode.get(item.code);
    if (points === undefined) throw invalid(`缺少“${item.name}”`);
    if (!Number.isInteger(points) || points < 0 || points > item.maxPoints)
      throw invalid(`“${item.name}”应为 0 到 ${item.maxPoints}`);
    total += item.deduction ? -points : points;
    return { code: item.code, points };
  });
  return { scores: out, total };
}

/** True when the month's grid-member ranking of the division, or of the township above it, is published. */
export async function monthPublished(em: EntityManager, divisionCode: string, month: string): Promise<boolean> {
  const codes = prefixes(divisionCode).filter((c) => c.length >= 9);
  return (
    (await em.count(Ranking, {
      divisionCode: { $in: codes },
      month,
      kind: RankingKind.GRID_MEMBER,
      status: RankingStatus.PUBLISHED,
    })) > 0
  );
}

/** 网格员月考评: scored by the office over the division's grid members; read within the caller's jurisdiction. */
export class AssessmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly directory?: RankingDirectory,
  ) {}

  private month(month: string): string {
    const m = validMonth(month);
    if (!m) throw assessmentError(AssessmentErrorCode.MONTH_INVALID);
    return m;
  }

  /** The month's assessments under a division in the caller's reach (field roles: only a published month). */
  async list(divisionCode: string, month: string): Promise<GridAssessment[]> {
    authorize(this.principal, Action.POINTS_READ);
    const m = this.month(month);
    const code = (divisionCode ?? '').trim() || callerDivision(this.principal);
    if (!code.startsWith(callerDivision(this.principal))) return [];
    if (scopeOf(this.principal, Action.POINTS_READ) === 'OWN' && !(await monthPublished(this.em, code, m))) return [];
    return this.em.find(
      GridAssessment,
      { divisionCode: { $like: `${code}%` }, month: m },
      { orderBy: { total: 'desc', cadreName: 'asc' } },
    );
  }

  async score(input: ScoreAssessmentInput): Promise<GridAssessment> {
    authorize(this.principal, Action.ASSESSMENT_SCORE);
    let divisionCode: string;
    try {
      divisionCode = rankingDivision(input.divisionCode);
    } catch {
      throw assessmentError(AssessmentErrorCode.DIVISION_CODE_INVALID);
    }
    if (!can(this.principal, Action.ASSESSMENT_SCORE, { divisionCode }))
      throw assessmentError(AssessmentErrorCode.CADRE_NOT_FOUND);
    const month = this.month(input.month);
    const { scores, total } = scoreItems(input.scores ?? [], ASSESSMENT_ITEMS, (detail) =>
      assessmentError(AssessmentErrorCode.SCORES_INVALID, detail),
    );
    const comment = (input.comment ?? '').trim() || null;
    if (comment && (charCount(comment) > COMMENT_MAX || hasControlChars(comment)))
      throw assessmentError(AssessmentErrorCode.COMMENT_INVALID);
    if (await monthPublished(this.em, divisionCode, month)) throw assessmentError(AssessmentErrorCode.MONTH_PUBLISHED);
    if (!isUuid(input.cadreId) || !this.directory) throw assessmentError(AssessmentErrorCode.CADRE_NOT_FOUND);
    const member = (await this.directory.gridMembers(divisionCode)).find((c) => c.id === input.cadreId);
    if (!member) throw assessmentError(AssessmentErrorCode.CADRE_NOT_FOUND);

    const existing = await this.em.findOne(GridAssessment, { cadreId: member.id, month });
    if (existing && input.version != null && existing.version !== input.version)
      throw assessmentError(AssessmentErrorCode.VERSION_CONFLICT);
    const row =
      existing ??
      this.em.create(GridAssessment, {
        cadreId: member.id,
        cadreName: [...member.name].slice(0, 50).join(''),
        divisionCode,
        month,
        scores,
        total,
        grade: gradeOf(total),
        scoredBy: this.principal.accountId,
      });
    Object.assign(row, { divisionCode, scores, total, grade: gradeOf(total), comment });
    row.scoredBy = this.principal.accountId;
    await this.em.persist(row).flush();
    return row;
  }
}
