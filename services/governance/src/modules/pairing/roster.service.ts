import type { EntityManager } from '@mikro-orm/postgresql';
import type { FindOptions } from '@mikro-orm/core';
import { Action, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { requireAction } from '../territory/index.js';
import { Pairing } from '../cadre/index.js';
import { Region } from '../region/index.js';
import { HouseholdService } from '../household/index.js';
import { AuditService } from '../audit/index.js';
import { AuditAction } from '../audit/index.js';
import { rosterWorkbook } from './roster.xlsx.js';
import { XLSX_CONTENT_TYPE, type FileDownload } from '@xiangzhi/subgraph-kit';
import type { RosterRow } from './pairing.types.js';
import { pairingInput } from './pairing.errors.js';

/** The most rows one export writes; a county larger than this exports township by township. */
export const ROSTER_EXPORT_LIMIT = 100_000;

// 联户花名册 "网格-行政村-乡镇": grouped by township, then village, then grid; cadre and address inside a grid
const ROSTER_ORDER: FindOptions<Pairing, 'household' | 'household.grid' | 'cadre'>['orderBy'] = [
  { household: { villageCode: 'asc' } },
  { household: { grid: { name: 'asc', id: 'asc' } } },
  { cadre: { name: 'asc' } },
  { household: { address: 'asc' } },
  { id: 'asc' },
];

/** The pairing roster (联户花名册) of a region: a page of it, or all of it as an Excel file. */
export class RosterService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async page(
    regionCode: string | null | undefined,
    page: { first?: number; after?: string | null },
  ): Promise<Connection<RosterRow>> {
    const { limit, offset } = decodePage(page);
    const [pairings, total] = await this.em.findAndCount(Pairing, await this.where(regionCode), {
      populate: ['household', 'household.grid', 'cadre'],
      orderBy: ROSTER_ORDER,
      limit,
      offset,
    });
    return toConnection(await this.rows(pairings), total, offset);
  }

  async export(regionCode: string | null | undefined): Promise<FileDownload> {
    const code = narrowScope(this.principal, regionCode);
    const where = await this.where(code);
    const count = await this.em.count(Pairing, where);
    if (count > ROSTER_EXPORT_LIMIT)
      throw pairingInput('regionCode', `花名册超过 ${ROSTER_EXPORT_LIMIT} 行，请按乡镇或村分别导出`);
    const pairings = await this.em.find(Pairing, where, {
      populate: ['household', 'household.grid', 'cadre'],
      orderBy: ROSTER_ORDER,
    });
    const rows = await this.rows(pairings);
    const region = await this.em.findOne(Region, { code });
    const buffer = await rosterWorkbook(rows, region?.name ?? code);
    new AuditService(this.em, this.principal).record({
      action: AuditAction.EXPORT,
      subjectType: 'PairingRoster',
      subjectId: null,
      divisionCode: code,
      reason: '导出联户花名册（电话已脱敏）',
      detail: `${rows.length} 行`,
    });
    await this.em.flush();
    return {
      fileName: `联户花名册-${region?.name ?? code}.xlsx`,
      contentType: XLSX_CONTENT_TYPE,
      contentBase64: buffer.toString('base64'),
    };
  }

  private async where(regionCode: string | null | undefined) {
    requireAction(this.principal, Action.ROSTER_READ, '数据接口只能查看统计数，不能查看花名册');
    const household = await new HouseholdService(this.em, this.principal).scopeFilter(regionCode, Action.ROSTER_READ);
    return { endedOn: null, household };
  }

  /** Rows with the township and village names, one statement for the names of the whole page. */
  private async rows(pairings: Pairing[]): Promise<RosterRow[]> {
    const codes = new Set(pairings.flatMap((p) => [p.household.villageCode, p.household.villageCode.slice(0, 9)]));
    const regions = codes.size ? await this.em.find(Region, { code: { $in: [...codes] } }) : [];
    const name = new Map(regions.map((r) => [r.code, r.name]));
    return pairings.map((p) => {
      const h = p.household;
      const township = h.villageCode.slice(0, 9);
      return {
        pairingId: p.id,
        townshipCode: township,
        township: name.get(township) ?? township,
        villageCode: h.villageCode,
        village: name.get(h.villageCode) ?? h.villageCode,
        grid: h.grid?.name ?? null,
        cadreId: p.cadre.id,
        cadreName: p.cadre.name,
        cadrePost: p.cadre.post,
        cadrePhoneMasked: p.cadre.phoneMasked,
        householdId: h.id,
        householdHead: h.headName,
        householdAddress: h.address,
        startedOn: p.startedOn,
      };
    });
  }
}
