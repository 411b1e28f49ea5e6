import { Role } from '@xiangzhi/auth';
import type { CadreSet } from './cadres.js';
import type { DemoIds } from './random.js';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from './territory.js';
import type { VillageSpec } from './territory.js';
import type { DemoAccount, DemoGrid } from './types.js';

/** The password of every demo account (docs/api-contract.md). */
export const DEMO_PASSWORD = 'Xiangzhi@2026';

/** The demo logins of docs/api-contract.md, tied to the generated cadres where the role has one. */
export function generateAccounts(
  villages: readonly VillageSpec[],
  grids: readonly DemoGrid[],
  { cadres, liaisonVillage }: CadreSet,
  ids: DemoIds,
): DemoAccount[] {
  const [t1, t2] = DEMO_TOWNSHIPS;
  const v1 = villages[0]!;
  const inVillage = (code: string, prefix: string) => {
    const cadre = cadres.find((c) => c.divisionCode === code && c.post.startsWith(prefix));
    if (!cadre) throw new Error(`demo data: no ${prefix} in ${code}`);
    return cadre;
  };
  const leader = cadres.find(
    (c) => c.divisionCode === t1!.code && c.post.includes('包村') && liaisonVillage.get(c.id) === v1.code,
  );
  const firstGrid = grids.find((g) => g.villageCode === v1.code)!;
  const gridLeader = cadres.find((c) => c.id === firstGrid.leaderCadreId)!;
  const cadre = inVillage(v1.code, '网格员');

  const account = (
    username: string,
    displayName: string,
    roles: Role[],
    divisionCode: string,
    cadreId: string | null = null,
    gridIds: string[] = [],
  ): DemoAccount => ({
    id: ids.next(),
    username,
    displayName,
    password: DEMO_PASSWORD,
    roles,
    divisionCode,
    cadreId,
    gridIds,
  });
  return [
    account('county_admin', `${DEMO_COUNTY.name}管理员`, [Role.COUNTY_ADMIN], DEMO_COUNTY.code),
    account('dept_1', `${DEMO_COUNTY.name}民政局`, [Role.COUNTY_DEPARTMENT], DEMO_COUNTY.code),
    account('township_admin_1', `${t1!.name}党建办`, [Role.TOWNSHIP_ADMIN], t1!.code),
    account('township_admin_2', `${t2!.name}党建办`, [Role.TOWNSHIP_ADMIN], t2!.code),
    account('leader_1', leader?.name ?? '包村领导', [Role.TOWNSHIP_LEADER], t1!.code, leader?.id ?? null),
    ...villages.map((v, i) => {
      const secretary = inVillage(v.code, '村党支部书记');
      return account(`secretary_${i + 1}`, secretary.name, [Role.VILLAGE_SECRETARY], v.code, secretary.id);
    }),
    account(
      'committee_1',
      inVillage(v1.code, '村委会副主任').name,
      [Role.VILLAGE_COMMITTEE],
      v1.code,
      inVillage(v1.code, '村委会副主任').id,
    ),
    account('grid_leader_1', gridLeader.name, [Role.GRID_LEADER], v1.code, gridLeader.id, [firstGrid.id]),
    account('cadre_1', cadre.name, [Role.CADRE], v1.code, cadre.id, cadre.gridId ? [cadre.gridId] : []),
    account('sysadmin', '系统管理员', [Role.SYSTEM_ADMIN], DEMO_COUNTY.code),
    account('secadmin', '安全管理员', [Role.SECURITY_ADMIN], DEMO_COUNTY.code),
    account('auditor', '安全审计员', [Role.AUDITOR], DEMO_COUNTY.code),
  ];
}
