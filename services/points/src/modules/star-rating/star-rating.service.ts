import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import { charCount, hasControlChars } from '@xiangzhi/subgraph-kit';
import { chinaMonth } from '../point-entry/index.js';
import { callerDivision, previousPeriod } from '../ranking/index.js';
import { scoreItems, type AssessmentScore } from '../assessment/index.js';
import { BranchStarRating } from './star-rating.entity.js';
import { STAR_CRITERIA, awardedStars, starsOfTotal } from './star-rating.rules.js';
import { StarRatingErrorCode, starRatingError } from './star-rating.errors.js';

export interface RateBranchInput {
  villageCode: string;
  period: string;
  scores: AssessmentScore[];
  vetoReason?: string | null;
  comment?: string | null;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** This quarter in China, as YYYY-Qn. */
export function currentQuarter(now: number = Date.now()): string {
  const month = chinaMonth(now);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

function optionalText(value: string | null | undefined, code: StarRatingErrorCode): string | null {
  const text = (value ?? '').trim();
  if (charCount(text) > 200 || hasControlChars(text)) throw starRatingError(code);
  return text || null;
}

/** Party branch stars: rated by the township office, read within the caller's jurisdiction. */
export class StarRatingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private period(period: string): string {
    const p = (period ?? '').trim();
    if (!QUARTER.test(p) || p < '2000-Q1' || p > currentQuarter())
      throw starRatingError(StarRatingErrorCode.PERIOD_INVALID);
    return p;
  }

  async list(period: string, regionCode?: string | null): Promise<BranchStarRating[]> {
    authorize(this.principal, Action.POINTS_READ);
    const p = this.period(period);
    const under = regionCode ? narrowScope(this.principal, regionCode) : callerDivision(this.principal);
    return this.em.find(
      BranchStarRating,
      { villageCode: { $like: `${under}%` }, period: p },
      { orderBy: { stars: 'desc', total: 'desc', villageCode: 'asc' } },
    );
  }

  async rate(input: RateBranchInput): Promise<BranchStarRating> {
    authorize(this.principal, Action.RANKING_PUBLISH);
    const villageCode = (input.villageCode ?? '').trim();
    if (divisionLevel(villageCode) !== 'VILLAGE') throw starRatingError(StarRatingErrorCode.VILLAGE_CODE_INVALID);
    if (!can(this.principal, Action.RANKING_PUBLISH, { divisionCode: villageCode }))
      throw starRatingError(StarRatingErrorCode.VILLAGE_OUT_OF_SCOPE);
    const period = this.period(input.period);
    const { scores, total } = scoreItems(input.scores ?? [], STAR_CRITERIA, (detail) =>
      starRatingError(StarRatingErrorCode.SCORES_INVALID, detail),
    );
    const vetoReason = optionalText(input.vetoReason, StarRatingErrorCode.VETO_REASON_INVALID);
    const comment = optionalText(input.comment, StarRatingErrorCode.COMMENT_INVALID);
    const previous = await this.em.findOne(BranchStarRating, { villageCode, period: previousPeriod(period) });
    const stars = awardedStars(total, previous?.stars ?? null, vetoReason !== null);
    const row =
      (await this.em.findOne(BranchStarRating, { villageCode, period })) ??
      this.em.create(BranchStarRating, {
        villageCode,
        period,
        scores,
        total,
        scoreStars: starsOfTotal(total),
        stars,
        ratedBy: this.principal.accountId,
      });
    Object.assign(row, {
      scores,
      total,
      scoreStars: starsOfTotal(total),
      stars,
      previousStars: previous?.stars ?? null,
      vetoReason,
      comment,
      ratedBy: this.principal.accountId,
    });
    await this.em.persist(row).flush();
    return row;
  }
}
