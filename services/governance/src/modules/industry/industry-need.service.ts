import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, type Principal } from '@xiangzhi/auth';
import {
  decodePage,
  groupBy,
  isCalendarDate,
  isUuid,
  todayInChina,
  toConnection,
  type Connection,
} from '@xiangzhi/subgraph-kit';
import { Household, HouseholdService } from '../household/index.js';
import { requireAction, requireWrite } from '../territory/index.js';
import { IndustryFollowUp, IndustryMatch, IndustryNeed, IndustryNeedStatus as S } from './industry.entity.js';
import { IndustryResourceService } from './industry-resource.service.js';
import {
  checkText,
  householdNotFound,
  matchNotFound,
  needInput,
  needNotFound,
  resourceNotFound,
} from './industry.errors.js';
import type {
  CloseIndustryNeedInput,
  FollowUpIndustryMatchInput,
  IndustryNeedsArgs,
  MatchIndustryNeedInput,
  RecordIndustryNeedInput,
} from './dto/industry.input.js';

const OPEN: readonly S[] = [S.OPEN, S.MATCHED, S.FOLLOWING_UP];
const LABEL: Record<S, string> = {
  OPEN: '待对接',
  MATCHED: '已对接',
  FOLLOWING_UP: '跟踪中',
  MET: '已解决',
  CLOSED_UNMET: '未解决（已关闭）',
};

/** 产业对接到户: needs recorded at households, matched to resources, followed up until met. Scoped like the register. */
export class IndustryNeedService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  private async scope(action: Action, regionCode?: string | null): Promise<FilterQuery<IndustryNeed>> {
    return { household: await new HouseholdService(this.em, this.principal).scopeFilter(regionCode, action) };
  }

  async list(q: IndustryNeedsArgs): Promise<Connection<IndustryNeed>> {
    requireAction(this.principal, Action.INDUSTRY_READ);
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<IndustryNeed>[] = [await this.scope(Action.INDUSTRY_READ, q.regionCode)];
    if (q.status) where.push({ status: q.status });
    if (q.kind) where.push({ kind: q.kind });
    if (q.householdId) where.push({ household: isUuid(q.householdId) ? q.householdId : null });
    const [rows, total] = await this.em.findAndCount(
      IndustryNeed,
      { $and: where },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  async get(id: string): Promise<IndustryNeed | null> {
    requireAction(this.principal, Action.INDUSTRY_READ);
    if (!isUuid(id)) return null;
    return this.em.findOne(IndustryNeed, { $and: [{ id }, await this.scope(Action.INDUSTRY_READ)] });
  }

  async record(input: RecordIndustryNeedInput): Promise<IndustryNeed> {
    requireWrite(this.principal, Action.INDUSTRY_RECORD);
    const description = checkText(needInput, input.description, 'description', '需求描述', 500)!;
    if (!isUuid(input.householdId)) throw householdNotFound();
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter(null, Action.INDUSTRY_RECORD);
    const household = await this.em.findOne(Household, { $and: [{ id: input.householdId }, scope] });
    if (!household) throw householdNotFound();
    const need = this.em.create(IndustryNeed, {
      household,
      villageCode: household.villageCode,
      kind: input.kind,
      description,
      recordedBy: this.principal.username,
      recordedByCadreId: this.principal.cadreId ?? null,
    });
    await this.em.flush();
    return need;
  }

  /** Needs of many households (the household page), newest first, one statement. */
  async ofHouseholds(householdIds: readonly string[]): Promise<Map<string, IndustryNeed[]>> {
    const rows = await this.em.find(
      IndustryNeed,
      { $and: [{ household: { $in: [...householdIds] } }, await this.scope(Action.INDUSTRY_READ)] },
      { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] },
    );
    return groupBy(
      rows,
      (n) => n.household.id,
      (n) => n,
    );
  }

  async match(input: MatchIndustryNeedInput): Promise<IndustryMatch> {
    requireWrite(this.principal, Action.INDUSTRY_MANAGE);
    const note = checkText(needInput, input.note, 'note', '对接说明', 200, false);
    const need = await this.need(input.needId, Action.INDUSTRY_MANAGE);
    this.expect(need, OPEN, S.MATCHED);
    const resource = isUuid(input.resourceId)
      ? (await new IndustryResourceService(this.em, this.principal).getMany([input.resourceId])).get(input.resourceId)
      : undefined;
    if (!resource?.active) throw resourceNotFound();
    const match = this.em.create(IndustryMatch, { need, resource, matchedBy: this.principal.username, note });
    if (need.status === S.OPEN) need.status = S.MATCHED;
    await this.em.flush();
    return match;
  }

  async followUp(input: FollowUpIndustryMatchInput): Promise<IndustryFollowUp> {
    requireWrite(this.principal, Action.INDUSTRY_RECORD);
    const note = checkText(needInput, input.note, 'note', '跟踪情况', 500)!;
    const today = todayInChina();
    const followedOn = input.followedOn || today;
    if (!isCalendarDate(followedOn)) throw needInput('followedOn', '日期格式应为 YYYY-MM-DD');
    if (followedOn > today) throw needInput('followedOn', '跟踪日期不能晚于今天');
    if (input.outcome && input.outcome !== S.MET && input.outcome !== S.CLOSED_UNMET)
      throw needInput('outcome', '结果只能是已解决或未解决');
    if (!isUuid(input.matchId)) throw matchNotFound();
    const scope = await this.scope(Action.INDUSTRY_RECORD);
    const match = await this.em.findOne(IndustryMatch, { id: input.matchId, need: scope }, { populate: ['need'] });
    if (!match) throw matchNotFound();
    const need = match.need;
    const to = input.outcome ?? S.FOLLOWING_UP;
    this.expect(need, [S.MATCHED, S.FOLLOWING_UP], to);
    const followUp = this.em.create(IndustryFollowUp, { match, followedOn, note, recordedBy: this.principal.username });
    need.status = to;
    if (input.outcome) need.outcome = note.slice(0, 200);
    await this.em.flush();
    return followUp;
  }

  async close(input: CloseIndustryNeedInput): Promise<IndustryNeed> {
    requireWrite(this.principal, Action.INDUSTRY_RECORD);
    if (input.status !== S.MET && input.status !== S.CLOSED_UNMET)
      throw needInput('status', '只能结束为已解决或未解决');
    const outcome = checkText(needInput, input.outcome, 'outcome', '结果说明', 200)!;
    const need = await this.need(input.needId, Action.INDUSTRY_RECORD);
    // met means a match helped; a need nobody took up can only be closed unmet
    this.expect(need, input.status === S.MET ? [S.MATCHED, S.FOLLOWING_UP] : OPEN, input.status);
    need.status = input.status;
    need.outcome = outcome;
    await this.em.flush();
    return need;
  }

  private async need(id: string, action: Action): Promise<IndustryNeed> {
    if (!isUuid(id)) throw needNotFound();
    const need = await this.em.findOne(IndustryNeed, { $and: [{ id }, await this.scope(action)] });
    if (!need) throw needNotFound();
    return need;
  }

  private expect(need: IndustryNeed, from: readonly S[], to: S): void {
    if (!from.includes(need.status as S))
      throw needInput('status', `需求「${LABEL[need.status as S]}」，不能改为「${LABEL[to]}」`);
  }

  /** Matches of many needs, oldest first, one statement. */
  async matchesOf(needIds: readonly string[]): Promise<Map<string, IndustryMatch[]>> {
    const rows = await this.em.find(
      IndustryMatch,
      { need: { $in: [...needIds] } },
      { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (m) => m.need.id,
      (m) => m,
    );
  }

  /** Follow-ups of many matches, in date order, one statement. */
  async followUpsOf(matchIds: readonly string[]): Promise<Map<string, IndustryFollowUp[]>> {
    const rows = await this.em.find(
      IndustryFollowUp,
      { match: { $in: [...matchIds] } },
      { orderBy: [{ followedOn: 'asc' }, { createdAt: 'asc' }] },
    );
    return groupBy(
      rows,
      (f) => f.match.id,
      (f) => f,
    );
  }
}
