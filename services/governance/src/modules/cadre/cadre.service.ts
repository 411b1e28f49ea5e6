import type { EntityManager } from '@mikro-orm/postgresql';
import { inLine, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Cadre } from './cadre.entity.js';

export class CadreService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  /** Cadres of the jurisdiction, and those of the levels above it (the township cadres a village works with). */
  async get(id: string): Promise<Cadre | null> {
    const c = await this.em.findOne(Cadre, { id });
    return c && inLine(this.principal, c.divisionCode) ? c : null;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Cadre>> {
    const rows = await this.em.find(Cadre, { id: { $in: [...ids] } });
    return new Map(rows.filter((c) => inLine(this.principal, c.divisionCode)).map((c) => [c.id, c]));
  }

  async list(q: { regionCode?: string | null; first?: number; after?: string | null }): Promise<Connection<Cadre>> {
    const { limit, offset } = decodePage(q);
    const prefix = narrowScope(this.principal, q.regionCode);
    const [rows, total] = await this.em.findAndCount(Cadre, { divisionCode: { $like: `${prefix}%` } }, {
      orderBy: [{ divisionCode: 'asc' }, { name: 'asc' }, { id: 'asc' }], limit, offset,
    });
    return toConnection(rows, total, offset);
  }
}
