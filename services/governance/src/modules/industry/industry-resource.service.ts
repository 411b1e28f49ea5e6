import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Action, divisionLevel, type Principal } from '@xiangzhi/auth';
import { decodePage, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Region } from '../region/index.js';
import { assertManages, requireAction } from '../territory/index.js';
import { normalisePhone, PHONE_MESSAGE } from '../../pii/phone.js';
import { IndustryResource } from './industry.entity.js';
import { checkText, resourceInput, resourceNotFound } from './industry.errors.js';
import type {
  IndustryResourceInput,
  IndustryResourcesArgs,
  UpdateIndustryResourceInput,
} from './dto/industry.input.js';

/** The codes at and above a division (county, township, village). */
const lineage = (code: string): string[] => [6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));

/** 科技特派员, enterprises, cooperatives: seen along the caller's line, kept by the township and village offices. */
export class IndustryResourceService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Resources above the caller (they serve here) and inside the jurisdiction. */
  visible(): FilterQuery<IndustryResource> {
    const own = this.principal.divisionCode;
    return { $or: [{ divisionCode: { $in: lineage(own) } }, { divisionCode: { $like: `${own}%` } }] };
  }

  async list(q: IndustryResourcesArgs): Promise<Connection<IndustryResource>> {
    requireAction(this.principal, Action.INDUSTRY_READ);
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<IndustryResource>[] = [this.visible()];
    if (q.kind) where.push({ kind: q.kind });
    if (q.offers) where.push({ offers: { $contains: [q.offers] } });
    if (q.activeOnly) where.push({ active: true });
    const [rows, total] = await this.em.findAndCount(
      IndustryResource,
      { $and: where },
      { orderBy: [{ active: 'desc' }, { divisionCode: 'asc' }, { name: 'asc' }, { id: 'asc' }], limit, offset },
    );
    return toConnection(rows, total, offset);
  }

  /** Visible resources among `ids`, one statement. */
  async getMany(ids: readonly string[]): Promise<Map<string, IndustryResource>> {
    const rows = await this.em.find(IndustryResource, { $and: [{ id: { $in: ids.filter(isUuid) } }, this.visible()] });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Resources for needs, each key `<kind>|<village code>`: those offering that kind of help, nearest
   * first (the same village, then its township, then the county), at most 10 each; one statement for all.
   */
  async suggest(keys: readonly string[]): Promise<Map<string, IndustryResource[]>> {
    const wanted = keys.map((k) => k.split('|') as [string, string]);
    const rows = await this.em.find(
      IndustryResource,
      {
        active: true,
        offers: { $overlap: [...new Set(wanted.map(([kind]) => kind))] },
        divisionCode: { $in: [...new Set(wanted.flatMap(([, village]) => lineage(village)))] },
      },
      { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
    );
    const out = new Map<string, IndustryResource[]>();
    for (const [kind, village] of wanted) {
      const near = rows
        .filter((r) => (r.offers as string[]).includes(kind) && village.startsWith(r.divisionCode))
        .sort((a, b) => b.divisionCode.length - a.divisionCode.length);
      out.set(`${kind}|${village}`, near.slice(0, 10));
    }
    return out;
  }

  async create(input: IndustryResourceInput): Promise<IndustryResource> {
    const fields = await this.checked(input);
    const resource = this.em.create(IndustryResource, fields);
    await this.em.flush();
    return resource;
  }

  async update(input: UpdateIndustryResourceInput): Promise<IndustryResource> {
    requireAction(this.principal, Action.INDUSTRY_MANAGE);
    if (!isUuid(input.id)) throw resourceNotFound('id');
    const fields = await this.checked(input);
    return this.em.transactional(async (tx) => {
      const resource = await tx.findOne(IndustryResource, { $and: [{ id: input.id }, this.visible()] });
      if (!resource) throw resourceNotFound('id');
      assertManages(this.principal, resource.divisionCode, Action.INDUSTRY_MANAGE, '修改上级或其他地区的产业资源');
      await tx.lock(resource, LockMode.OPTIMISTIC, input.version);
      tx.assign(resource, fields);
      return resource;
    });
  }

  private async checked(input: IndustryResourceInput) {
    requireAction(this.principal, Action.INDUSTRY_MANAGE);
    const divisionCode = input.divisionCode?.trim() ?? '';
    if (!divisionLevel(divisionCode)) throw resourceInput('divisionCode', '所在区划应为县、乡镇或村的区划代码');
    assertManages(this.principal, divisionCode, Action.INDUSTRY_MANAGE, '在该区划登记产业资源');
    if (!(await this.em.count(Region, { code: divisionCode }))) throw resourceInput('divisionCode', '所在区划不存在');
    const offers = [...new Set(input.offers)];
    if (!offers.length) throw resourceInput('offers', '请至少选择一项能提供的帮助');
    const rawPhone = input.phone?.trim();
    const phone = rawPhone ? normalisePhone(rawPhone) : null;
    if (rawPhone && !phone) throw resourceInput('phone', PHONE_MESSAGE);
    return {
      kind: input.kind,
      name: checkText(resourceInput, input.name, 'name', '名称', 60)!,
      offers,
      offerText: checkText(resourceInput, input.offerText, 'offerText', '能提供什么', 500)!,
      divisionCode,
      contactName: checkText(resourceInput, input.contactName, 'contactName', '联系人', 50, false),
      phone,
      active: input.active ?? true,
    };
  }
}
