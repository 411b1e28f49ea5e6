import type { EntityManager } from '@mikro-orm/postgresql';
import { inLine, narrowScope, type Principal } from '@xiangzhi/auth';
import { Region } from './region.entity.js';

export class RegionService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** A region in the caller's line (own, below, or a parent), else null: nothing leaks about neighbours. */
  async get(code: string): Promise<Region | null> {
    if (!inLine(this.principal, code)) return null;
    return this.em.findOne(Region, { code });
  }

  /** Children of `parentCode` that the caller may see; without it, the caller's own region. */
  async list(parentCode?: string | null): Promise<Region[]> {
    if (!parentCode) return this.em.find(Region, { code: this.principal.divisionCode });
    const scope = narrowScope(this.principal, parentCode);
    if (scope !== parentCode) return this.em.find(Region, { code: scope });
    return this.em.find(Region, { parentCode }, { orderBy: { code: 'asc' } });
  }

  /** Children of many parents in one statement (for `Region.children` over a list). */
  async childrenOf(codes: readonly string[]): Promise<Map<string, Region[]>> {
    const rows = await this.em.find(Region, { parentCode: { $in: [...codes] } }, { orderBy: { code: 'asc' } });
    const out = new Map<string, Region[]>();
    for (const r of rows) {
      if (!inLine(this.principal, r.code)) continue;
      const list = out.get(r.parentCode ?? '') ?? [];
      list.push(r);
      out.set(r.parentCode ?? '', list);
    }
    return out;
  }
}
