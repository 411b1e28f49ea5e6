import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isUuid } from '@xiangzhi/subgraph-kit';
import { requireWrite } from '../territory/index.js';
import { Cadre } from '../cadre/index.js';
import { Pairing } from '../cadre/index.js';
import { Grid } from '../grid/index.js';
import { GridMember, GridRole } from '../cadre/index.js';
import { Household } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { Region } from '../region/index.js';
import { AuditService } from '../audit/index.js';
import { AuditAction } from '../audit/index.js';
import { renderContactCards, type ContactCardData } from './contact-card.pdf.js';
import type { FileDownload } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { contactCardInput } from './contact-card.errors.js';
import { householdOrderUrl, liveCodes } from '../service-order/index.js';

/** The most cards one PDF holds (250 A4 pages). */
export const MAX_CARDS = 2000;

/**
 * 便民服务卡 / 党群联系卡: one card per household with its paired cadre's name, post and work
 * phone, the grid leader and a QR code. The card is handed to the villager, so the cadre's phone
 * is printed in full; it is decrypted here, for the PDF only, and the printing is audited.
 */
export class ContactCardService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto: FieldCrypto,
  ) {}

  async cards(
    householdIds: readonly string[] | null | undefined,
    gridId: string | null | undefined,
  ): Promise<FileDownload> {
    // who hands cards to villagers (CONTACT_CARD_PRINT): township and village staff, grid leaders, cadres (their own
    // households)
    requireWrite(this.principal, Action.CONTACT_CARD_PRINT, '只有乡镇、村干部和联户党员可以打印联系卡（只读账号不能）');
    if (!!householdIds?.length === !!gridId)
      throw contactCardInput(
        householdIds?.length ? 'gridId' : 'householdIds',
        '请选择要打印的农户，或选择一个网格（二者选一）',
      );
    const { households, grid } = gridId
      ? await this.ofGrid(gridId)
      : { households: await this.ofIds(householdIds!), grid: null };
    const cards = await this.data(households);
    const title = grid
      ? `党群联系卡-${grid.name}`
      : households.length === 1
        ? `党群联系卡-${households[0]!.headName}`
        : `党群联系卡-${households.length}户`;
    const pdf = await renderContactCards(cards, title);
    new AuditService(this.em, this.principal).record({
      action: AuditAction.EXPORT,
      subjectType: 'ContactCard',
      subjectId: grid?.id ?? (households.length === 1 ? households[0]!.id : null),
      divisionCode: grid?.divisionCode ?? commonPrefix(households.map((h) => h.villageCode)),
      reason: '打印党群联系卡（含联户党员工作电话）',
      detail: `${cards.length} 张`,
    });
    await this.em.flush();
    return { fileName: `${title}.pdf`, contentType: 'application/pdf', contentBase64: pdf.toString('base64') };
  }

  private async ofIds(ids: readonly string[]): Promise<Household[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length > MAX_CARDS) throw contactCardInput('householdIds', `一次最多打印 ${MAX_CARDS} 张`);
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter();
    const found = await this.em.find(
      Household,
      { $and: [{ id: { $in: wanted.filter(isUuid) } }, scope] },
      { populate: ['grid'] },
    );
    if (found.length !== wanted.length)
      throw entityNotFound('HOUSEHOLD', 'householdIds', '有农户不存在或不在您的管辖范围内');
    const byId = new Map(found.map((h) => [h.id, h]));
    return wanted.map((id) => byId.get(id)!);
  }

  /** Every visible household of a grid and of the grids below it, by address. */
  private async ofGrid(gridId: string): Promise<{ households: Household[]; grid: Grid }> {
    const grid = isUuid(gridId) ? await this.em.findOne(Grid, { id: gridId }) : null;
    if (!grid) throw entityNotFound('GRID', 'gridId', '网格不存在或不在您的管辖范围内');
    // a grid of another jurisdiction is refused here (FORBIDDEN), before anything of it is read
    const scope = await new HouseholdService(this.em, this.principal).scopeFilter(grid.divisionCode);
    const ids = [grid.id];
    for (let parents = [grid.id], depth = 0; parents.length && depth < 2; depth++) {
      parents = (await this.em.find(Grid, { parentId: { $in: parents } }, { fields: ['id'] })).map((g) => g.id);
      ids.push(...parents);
    }
    const where: FilterQuery<Household> = { $and: [scope, { grid: { $in: ids } }] };
    if ((await this.em.count(Household, where)) > MAX_CARDS)
      throw contactCardInput('gridId', `一次最多打印 ${MAX_CARDS} 张，请按片区网格分别打印`);
    const households = await this.em.find(Household, where, {
      populate: ['grid'],
      orderBy: [{ addressSortKey: 'asc' }, { id: 'asc' }],
    });
    if (!households.length) throw contactCardInput('gridId', '该网格没有可打印的农户');
    return { households, grid };
  }

  /** Card contents for the households: a fixed number of statements, whatever their count. */
  private async data(households: readonly Household[]): Promise<ContactCardData[]> {
    const ids = households.map((h) => h.id);
    const gridIds = [...new Set(households.flatMap((h) => (h.grid ? [h.grid.id] : [])))];
    const pairings = await this.em.find(
      Pairing,
      { household: { $in: ids }, endedOn: null },
      { fields: ['cadre', 'household', 'startedOn'], orderBy: [{ startedOn: 'asc' }, { id: 'asc' }] },
    );
    const leaders = gridIds.length
      ? await this.em.find(
          GridMember,
          { grid: { $in: gridIds }, role: GridRole.LEADER, endedOn: null },
          { fields: ['grid', 'cadre'], orderBy: [{ startedOn: 'desc' }, { id: 'asc' }] },
        )
      : [];
    const grids = new Map(households.flatMap((h) => (h.grid ? [[h.grid.id, h.grid] as const] : [])));
    const leaderOf = new Map<string, string>();
    for (const m of leaders) if (!leaderOf.has(m.grid.id)) leaderOf.set(m.grid.id, m.cadre.id);
    for (const [id, g] of grids) if (!leaderOf.has(id) && g.leaderCadreId) leaderOf.set(id, g.leaderCadreId);
    const cadreIds = [...new Set([...pairings.map((p) => p.cadre.id), ...leaderOf.values()])];
    const cadres = cadreIds.length
      ? await this.em.find(Cadre, { id: { $in: cadreIds } }, { populate: ['phoneCipher'] })
      : [];
    const cadreById = new Map(cadres.map((c) => [c.id, c]));
    const codes = [...new Set(households.flatMap((h) => [h.villageCode, h.villageCode.slice(0, 9)]))];
    const names = new Map((await this.em.find(Region, { code: { $in: codes } })).map((r) => [r.code, r.name]));
    const orderCodes = await liveCodes(this.em, ids);

    const phone = (c: Cadre): string | null => {
      if (!c.phoneCipher) return null;
      try {
        return this.crypto.decrypt(c.phoneCipher);
      } catch {
        return null;
      }
    };
    const pairedWith = new Map<string, Cadre[]>();
    for (const p of pairings) {
      const c = cadreById.get(p.cadre.id);
      if (c) pairedWith.set(p.household.id, [...(pairedWith.get(p.household.id) ?? []), c]);
    }
    return households.map((h) => {
      const leaderId = h.grid ? leaderOf.get(h.grid.id) : undefined;
      const leader = leaderId ? cadreById.get(leaderId) : undefined;
      return {
        householdId: h.id,
        orderUrl: householdOrderUrl(orderCodes.get(h.id)!),
        headName: h.headName,
        address: h.address,
        village: names.get(h.villageCode) ?? '',
        township: names.get(h.villageCode.slice(0, 9)) ?? '',
        gridName: h.grid?.name ?? null,
        cadres: (pairedWith.get(h.id) ?? []).map((c) => ({ name: c.name, post: c.post, phone: phone(c) })),
        gridLeader: leader ? { name: leader.name, phone: phone(leader) } : null,
      };
    });
  }
}

function commonPrefix(codes: readonly string[]): string {
  let prefix = codes[0] ?? '';
  for (const c of codes) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -3);
  return prefix;
}
