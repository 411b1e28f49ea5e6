import { NameMaker } from './names.js';
import type { DemoIds, DemoRandom } from './random.js';
import { townshipWord } from './territory.js';
import type { VillageSpec } from './territory.js';
import type { CadreKind, DemoCadre, DemoGrid, DemoHousehold, DemoPairing } from './types.js';

/**
 * Households a cadre takes (联户). Seed 000: 一般5至10户; township cadres take more (seed 002
 * asks 30), so that most households of a village are paired.
 */
export const PAIRING_CAPACITY: Record<CadreKind, { min: number; max: number }> = {
  TOWNSHIP_CADRE: { min: 20, max: 30 },
  VILLAGE_COMMITTEE: { min: 5, max: 10 },
  WORK_TEAM: { min: 5, max: 10 },
  PARTY_MEMBER: { min: 5, max: 10 },
  ACTIVIST: { min: 5, max: 10 },
};

type PostSpec = readonly [CadreKind, string, [number, number]];

/** 8 per township: the party committee, the government, the party-building office. */
const townshipPosts = (w: string): PostSpec[] => [
  ['TOWNSHIP_CADRE', `${w}党委书记`, [42, 55]],
  ['TOWNSHIP_CADRE', `${w}长`, [38, 52]],
  ['TOWNSHIP_CADRE', '党委副书记', [35, 50]],
  ['TOWNSHIP_CADRE', '组织委员', [32, 48]],
  ['TOWNSHIP_CADRE', '纪委书记', [36, 52]],
  ['TOWNSHIP_CADRE', `副${w}长（包村领导）`, [33, 50]],
  ['TOWNSHIP_CADRE', '宣传委员（包村领导）', [32, 48]],
  ['TOWNSHIP_CADRE', '党建办主任', [28, 45]],
];

/** 14 per village: 村“两委”, the resident work team, party members and an activist. */
const VILLAGE_POSTS: readonly PostSpec[] = [
  ['VILLAGE_COMMITTEE', '村党支部书记', [40, 58]],
  ['VILLAGE_COMMITTEE', '村委会副主任', [35, 56]],
  ['VILLAGE_COMMITTEE', '村支委委员', [32, 58]],
  ['VILLAGE_COMMITTEE', '村委委员（妇女主任）', [30, 52]],
  ['VILLAGE_COMMITTEE', '村委委员（综治专干）', [30, 55]],
  ['WORK_TEAM', '驻村第一书记、工作队队长', [30, 45]],
  ['WORK_TEAM', '驻村工作队员', [26, 45]],
  ['PARTY_MEMBER', '党小组长', [45, 68]],
  ['PARTY_MEMBER', '党小组长', [45, 68]],
  ['PARTY_MEMBER', '网格员', [30, 60]],
  ['PARTY_MEMBER', '网格员', [30, 60]],
  ['PARTY_MEMBER', '党员中心户', [50, 72]],
  ['PARTY_MEMBER', '无职党员（政策宣传岗）', [28, 65]],
  ['ACTIVIST', '入党积极分子', [22, 35]],
];

/** The village (index in the township) each township post is responsible for (包村). */
const LIAISON = [0, 1, 2, 2, 1, 0, 1, 2];

/** Who leads the area grids (seed 004: 驻片村干部担任网格长), in order of preference. */
const GRID_LEADER_ORDER = [2, 3, 4, 6, 7, 8, 1];

export interface CadreSet {
  cadres: DemoCadre[];
  /** Township cadre id → the village they are responsible for (包村 / 联系村). */
  liaisonVillage: Map<string, string>;
}

export function generateCadres(
  villages: readonly VillageSpec[],
  gridsByVillage: ReadonlyMap<string, DemoGrid[]>,
  random: DemoRandom,
  ids: DemoIds,
  year: number,
): CadreSet {
  const cadres: DemoCadre[] = [];
  const liaisonVillage = new Map<string, string>();
  const make = (names: NameMaker, [kind, post, [min, max]]: PostSpec, divisionCode: string): DemoCadre => {
    const male = random.chance(post.includes('妇女') ? 0 : 0.72);
    const name = names.full(names.surname(), male ? 'MALE' : 'FEMALE', year - random.int(min, max));
    return { id: ids.next(), name, kind, post, divisionCode, gridId: null };
  };

  const townships = [...new Set(villages.map((v) => v.townshipCode))];
  for (const code of townships) {
    const own = villages.filter((v) => v.townshipCode === code);
    const names = new NameMaker(random);
    townshipPosts(townshipWord(own[0]!.townshipName)).forEach((spec, i) => {
      const cadre = make(names, spec, code);
      cadres.push(cadre);
      liaisonVillage.set(cadre.id, own[LIAISON[i]! % own.length]!.code);
    });
  }

  for (const village of villages) {
    const names = new NameMaker(random, village.clans);
    const members = VILLAGE_POSTS.map((spec) => make(names, spec, village.code));
    const grids = gridsByVillage.get(village.code) ?? [];
    grids.forEach((grid, i) => {
      const leader = members[GRID_LEADER_ORDER[i]!]!;
      grid.leaderCadreId = leader.id;
      leader.gridId = grid.id;
      leader.post = `${leader.post}、网格长`;
    });
    // party members and activists without a grid of their own serve as 网格员 round the grids
    members
      .filter((m) => (m.kind === 'PARTY_MEMBER' || m.kind === 'ACTIVIST') && !m.gridId)
      .forEach((m, i) => {
        m.gridId = grids[i % grids.length]?.id ?? null;
      });
    cadres.push(...members);
  }
  return { cadres, liaisonVillage };
}

const DAY_MS = 86_400_000;

/**
 * 联户: village cadres first take households of their own grid (就近就便), then any in the
 * village; township cadres take households in their liaison village. A household has at most
 * one cadre; the rest stay unpaired.
 */
export function generatePairings(
  cadreSet: CadreSet,
  households: readonly DemoHousehold[],
  random: DemoRandom,
  ids: DemoIds,
  reference: Date,
): DemoPairing[] {
  const taken = new Set<string>();
  const byVillage = new Map<string, DemoHousehold[]>();
  for (const h of random.shuffle(households)) {
    const list = byVillage.get(h.villageCode) ?? [];
    list.push(h);
    byVillage.set(h.villageCode, list);
  }
  const start = reference.getTime() - 420 * DAY_MS;
  const pairings: DemoPairing[] = [];
  const assign = (cadre: DemoCadre, villageCode: string): void => {
    const { min, max } = PAIRING_CAPACITY[cadre.kind];
    const wanted =
      cadre.kind === 'TOWNSHIP_CADRE'
        ? random.int(min, max)
        : random.weighted([
            [5, 1],
            [6, 1],
            [7, 2],
            [8, 3],
            [9, 3],
            [10, 3],
          ] as const);
    const pool = byVillage.get(villageCode) ?? [];
    const candidates = [
      ...pool.filter((h) => h.gridId === cadre.gridId),
      ...pool.filter((h) => h.gridId !== cadre.gridId),
    ];
    const startedOn = new Date(start + random.int(0, 60) * DAY_MS).toISOString().slice(0, 10);
    let count = 0;
    for (const h of candidates) {
      if (count >= wanted) break;
      if (taken.has(h.id)) continue;
      taken.add(h.id);
      pairings.push({ id: ids.next(), cadreId: cadre.id, householdId: h.id, startedOn });
      count++;
    }
  };
  const { cadres, liaisonVillage } = cadreSet;
  const local = cadres.filter((c) => c.kind !== 'TOWNSHIP_CADRE');
  for (const cadre of [...local.filter((c) => c.gridId), ...local.filter((c) => !c.gridId)])
    assign(cadre, cadre.divisionCode);
  for (const cadre of cadres.filter((c) => c.kind === 'TOWNSHIP_CADRE'))
    assign(cadre, liaisonVillage.get(cadre.id) ?? '');
  return pairings;
}
