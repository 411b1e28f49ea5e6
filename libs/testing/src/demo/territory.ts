import type { DemoRegion } from './types.js';

export const DEMO_COUNTY = { code: '430999', name: '青山县' } as const;

export interface VillageSpec {
  code: string;
  name: string;
  townshipCode: string;
  townshipName: string;
  /** Dominant local surnames (聚族而居). */
  clans: readonly string[];
  /** The fixed monthly day of the 主题党日+党群说事会. */
  forumDay: number;
}

interface TownshipSpec {
  code: string;
  name: string;
  villages: ReadonlyArray<{ name: string; clans: readonly string[]; forumDay: number }>;
}

/**
 * The fictional county: 2 townships with 3 villages each. Villages are numbered 001–003 inside
 * their township, so village codes read 430999001001 … 430999002003.
 */
export const DEMO_TOWNSHIPS: readonly TownshipSpec[] = [
  {
    code: '430999001',
    name: '青山镇',
    villages: [
      { name: '石门村', clans: ['向', '石'], forumDay: 5 },
      { name: '枫林村', clans: ['彭', '谭'], forumDay: 8 },
      { name: '龙潭村', clans: ['龙', '唐'], forumDay: 10 },
    ],
  },
  {
    code: '430999002',
    name: '白沙乡',
    villages: [
      { name: '白沙村', clans: ['曾', '邓'], forumDay: 6 },
      { name: '杉木村', clans: ['杨', '舒'], forumDay: 12 },
      { name: '茶园村', clans: ['贺', '易'], forumDay: 15 },
    ],
  },
];

export function demoVillages(): VillageSpec[] {
  return DEMO_TOWNSHIPS.flatMap((t) =>
    t.villages.map((v, i) => ({
      code: `${t.code}${String(i + 1).padStart(3, '0')}`,
      name: v.name,
      townshipCode: t.code,
      townshipName: t.name,
      clans: v.clans,
      forumDay: v.forumDay,
    })),
  );
}

export function demoRegions(): DemoRegion[] {
  return [
    { code: DEMO_COUNTY.code, name: DEMO_COUNTY.name, level: 'COUNTY', parentCode: null },
    ...DEMO_TOWNSHIPS.map((t): DemoRegion => ({
      code: t.code,
      name: t.name,
      level: 'TOWNSHIP',
      parentCode: DEMO_COUNTY.code,
    })),
    ...demoVillages().map((v): DemoRegion => ({
      code: v.code,
      name: v.name,
      level: 'VILLAGE',
      parentCode: v.townshipCode,
    })),
  ];
}

/** The township word for posts: 镇党委书记 vs 乡党委书记. */
export const townshipWord = (townshipName: string): string => (townshipName.endsWith('乡') ? '乡' : '镇');
