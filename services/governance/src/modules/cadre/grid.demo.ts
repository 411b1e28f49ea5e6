import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoCadre, DemoDataset } from '@xiangzhi/testing';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { Grid, GridLevel } from '../grid/index.js';
import { GridMember, GridRole } from './grid-member.entity.js';
import { demoUuid } from '../territory/index.js';

interface Post {
  gridId: string;
  cadreId: string;
  role: GridRole;
}

/**
 * The grid module's part of the demo data (seed 004): one level-1 grid per township led by the
 * party secretary with the other township leaders as members; one level-2 grid per village led
 * by the village party secretary with the committee and the work team as members; the area
 * grids of the dataset become children of their village's grid, with their leaders and the
 * party members who serve round them. Ids are derived from codes, so every run gives the same rows.
 */
export async function loadGridDemo(em: EntityManager, data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  const startedOn = `${(data.referenceDate ?? '2026-01-01').slice(0, 4)}-01-01`;
  const grids: {
    id: string;
    name: string;
    level: GridLevel;
    divisionCode: string;
    parentId: string | null;
    leaderCadreId: string | null;
    version: number;
  }[] = [];
  const posts: Post[] = [];
  const cadresOf = (code: string): DemoCadre[] => data.cadres.filter((c) => c.divisionCode === code);
  const staff = (gridId: string, leader: DemoCadre | undefined, members: DemoCadre[]): string | null => {
    if (leader) posts.push({ gridId, cadreId: leader.id, role: GridRole.LEADER });
    for (const m of members) if (m.id !== leader?.id) posts.push({ gridId, cadreId: m.id, role: GridRole.MEMBER });
    return leader?.id ?? null;
  };

  const townshipGrid = new Map<string, string>();
  for (const t of data.regions.filter((r) => r.level === 'TOWNSHIP')) {
    const id = demoUuid(`grid:township:${t.code}`);
    const cadres = cadresOf(t.code);
    const leader =
      cadres.find((c) => /^[乡镇]党委书记/.test(c.post)) ?? cadres.find((c) => c.post.includes('党委书记'));
    grids.push({
      id,
      name: `${t.name}一级网格`,
      level: GridLevel.TOWNSHIP,
      divisionCode: t.code,
      parentId: null,
      leaderCadreId: staff(id, leader, cadres),
      version: 1,
    });
    townshipGrid.set(t.code, id);
  }
  for (const v of data.regions.filter((r) => r.level === 'VILLAGE')) {
    const id = demoUuid(`grid:village:${v.code}`);
    const cadres = cadresOf(v.code);
    const leader = cadres.find((c) => c.post.startsWith('村党支部书记'));
    const members = cadres.filter((c) => c.kind === 'VILLAGE_COMMITTEE' || c.kind === 'WORK_TEAM');
    grids.push({
      id,
      name: `${v.name}二级网格`,
      level: GridLevel.VILLAGE,
      divisionCode: v.code,
      parentId: townshipGrid.get(v.parentCode ?? '') ?? null,
      leaderCadreId: staff(id, leader, members),
      version: 1,
    });
  }
  if (grids.length) await em.insertMany(Grid, grids);
  // the dataset's area grids hang under their village's level-2 grid
  await em.getConnection().execute(
    `update grid a set parent_id = v.id from grid v
      where a.level = 'AREA' and a.parent_id is null and v.level = 'VILLAGE' and v.division_code = a.division_code`,
    [],
    'run',
    em.getTransactionContext(),
  );

  const byId = new Map(data.cadres.map((c) => [c.id, c]));
  for (const g of data.grids) {
    const leader = g.leaderCadreId ? byId.get(g.leaderCadreId) : undefined;
    staff(
      g.id,
      leader,
      data.cadres.filter((c) => c.gridId === g.id),
    );
  }
  const rows = posts.map((p) => ({
    id: demoUuid(`grid-member:${p.gridId}:${p.cadreId}`),
    grid: p.gridId,
    cadre: p.cadreId,
    role: p.role,
    startedOn,
    version: 1,
  }));
  for (let i = 0; i < rows.length; i += 1000) await em.insertMany(GridMember, rows.slice(i, i + 1000));
}
