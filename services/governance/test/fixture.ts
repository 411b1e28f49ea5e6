import type { loadDemo } from '../src/demo.js';

type Dataset = Parameters<typeof loadDemo>[1];

const id = (n: number): string => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const COUNTY = '430999';
export const TOWN_A = '430999001';
export const TOWN_B = '430999002';
export const VILLAGE_A1 = '430999001001';
export const VILLAGE_A2 = '430999001002';
export const VILLAGE_B1 = '430999002001';
export const PASSWORD = 'Test@2026pw';

export const ids = {
  gridA1: id(1),
  gridA2: id(2),
  gridB1: id(3),
  cadreA1: id(10),
  cadreA2: id(11),
  cadreB1: id(12),
  cadreTown: id(13),
};
export const householdId = (village: number, n: number): string => id(1000 + village * 100 + n);

const villages = [VILLAGE_A1, VILLAGE_A2, VILLAGE_B1];
const grids = [ids.gridA1, ids.gridA2, ids.gridB1];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];

/** Small, hand-made register: 2 townships, 3 villages, 8 households each, a few cadres and accounts. */
export const fixture: Dataset = {
  regions: [
    { code: COUNTY, name: '青山县', level: 'COUNTY', parentCode: null },
    { code: TOWN_A, name: '青山镇', level: 'TOWNSHIP', parentCode: COUNTY },
    { code: TOWN_B, name: '白沙乡', level: 'TOWNSHIP', parentCode: COUNTY },
    { code: VILLAGE_A1, name: '石门村', level: 'VILLAGE', parentCode: TOWN_A },
    { code: VILLAGE_A2, name: '桃花村', level: 'VILLAGE', parentCode: TOWN_A },
    { code: VILLAGE_B1, name: '柳溪村', level: 'VILLAGE', parentCode: TOWN_B },
  ],
  grids: villages.map((v, i) => ({ id: grids[i], villageCode: v, name: `第${i + 1}网格`, leaderCadreId: null })),
  households: villages.flatMap((v, vi) =>
    Array.from({ length: 8 }, (_, n) => ({
      id: householdId(vi, n),
      villageCode: v,
      gridId: grids[vi],
      address: `${['石门村', '桃花村', '柳溪村'][vi]}${n + 1}号`,
      headName: `${surnames[n]}${['建国', '秀英', '卫东'][vi]}`,
      residents: [
        {
          id: id(5000 + vi * 100 + n * 2),
          name: `${surnames[n]}${['建国', '秀英', '卫东'][vi]}`,
          relation: '户主',
          sex: 'MALE',
          birthDate: '1960-03-01',
        },
        { id: id(5001 + vi * 100 + n * 2), name: `周${n}妹`, relation: '配偶', sex: 'FEMALE', birthDate: '1962-07-15' },
      ],
    })),
  ),
  cadres: [
    {
      id: ids.cadreA1,
      name: '赵红梅',
      kind: 'VILLAGE_COMMITTEE',
      post: '村党支部书记',
      divisionCode: VILLAGE_A1,
      gridId: ids.gridA1,
    },
    {
      id: ids.cadreA2,
      name: '孙志强',
      kind: 'PARTY_MEMBER',
      post: '农村党员',
      divisionCode: VILLAGE_A2,
      gridId: ids.gridA2,
    },
    {
      id: ids.cadreB1,
      name: '吴德才',
      kind: 'PARTY_MEMBER',
      post: '农村党员',
      divisionCode: VILLAGE_B1,
      gridId: ids.gridB1,
    },
    { id: ids.cadreTown, name: '钱文华', kind: 'TOWNSHIP_CADRE', post: '包村干部', divisionCode: TOWN_A, gridId: null },
  ],
  pairings: [0, 1, 2]
    .map((n) => ({ id: id(9000 + n), cadreId: ids.cadreA1, householdId: householdId(0, n), startedOn: '2026-01-01' }))
    .concat([{ id: id(9100), cadreId: ids.cadreB1, householdId: householdId(2, 0), startedOn: '2026-01-01' }]),
  accounts: [
    {
      id: id(100),
      username: 'sec_a1',
      displayName: '石门村书记',
      password: PASSWORD,
      roles: ['VILLAGE_SECRETARY'],
      divisionCode: VILLAGE_A1,
      cadreId: null,
      gridIds: [],
    },
    {
      id: id(101),
      username: 'sec_b1',
      displayName: '柳溪村书记',
      password: PASSWORD,
      roles: ['VILLAGE_SECRETARY'],
      divisionCode: VILLAGE_B1,
      cadreId: null,
      gridIds: [],
    },
    {
      id: id(102),
      username: 'town_a',
      displayName: '青山镇管理员',
      password: PASSWORD,
      roles: ['TOWNSHIP_ADMIN'],
      divisionCode: TOWN_A,
      cadreId: null,
      gridIds: [],
    },
    {
      id: id(103),
      username: 'cadre_a1',
      displayName: '赵红梅',
      password: PASSWORD,
      roles: ['CADRE'],
      divisionCode: VILLAGE_A1,
      cadreId: ids.cadreA1,
      gridIds: [],
    },
  ],
  meetings: [],
  pointEntries: [],
};
