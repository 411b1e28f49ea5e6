// The special-group tags' words, one table for the screens (their zh-CN labels), the register
// form (its formal wording) and the import (every word a village writes for the tag). No imports:
// the frontends take it through `@xiangzhi/auth/household-tags` without the rest of the package.

export const HOUSEHOLD_TAG_KINDS = [
  'DIBAO',
  'WUBAO',
  'SERIOUS_ILLNESS_DISABILITY',
  'EMPTY_NEST_ELDERLY',
  'LEFT_BEHIND_CHILD',
  'LEFT_BEHIND_WOMAN',
  'LEFT_BEHIND_ELDERLY',
  'LIFTED_FROM_POVERTY',
  'MONITORED',
] as const;
export type HouseholdTagName = (typeof HOUSEHOLD_TAG_KINDS)[number];

export interface HouseholdTagWords {
  /** What the screens show (zh-CN). */
  label: string;
  /** The register form's wording (export, import template). */
  formal: string;
  /** Other words villages write in their sheets for the same tag. */
  aliases: readonly string[];
}

export const HOUSEHOLD_TAG_WORDS: Record<HouseholdTagName, HouseholdTagWords> = {
  DIBAO: { label: '低保户', formal: '低保户', aliases: ['低保', '低保对象', '低保家庭', '城乡低保'] },
  WUBAO: {
    label: '五保户',
    formal: '五保户（特困供养）',
    aliases: ['五保', '五保户', '特困', '特困户', '特困供养', '特困供养人员', '特困人员', '分散供养'],
  },
  SERIOUS_ILLNESS_DISABILITY: {
    label: '重病重残',
    formal: '重病重残户',
    aliases: ['重病重残户', '重病', '重残', '大病', '重病户', '重残户', '残疾', '残疾户'],
  },
  EMPTY_NEST_ELDERLY: {
    label: '空巢老人',
    formal: '空巢老人户',
    aliases: ['空巢', '空巢户', '空巢老人户', '独居老人'],
  },
  LEFT_BEHIND_CHILD: { label: '留守儿童', formal: '留守儿童', aliases: ['留守儿童户'] },
  LEFT_BEHIND_WOMAN: { label: '留守妇女', formal: '留守妇女', aliases: ['留守妇女户'] },
  LEFT_BEHIND_ELDERLY: { label: '留守老人', formal: '留守老人', aliases: ['留守老人户'] },
  LIFTED_FROM_POVERTY: { label: '脱贫户', formal: '脱贫户', aliases: ['脱贫', '脱贫人口', '脱贫家庭', '建档立卡户'] },
  MONITORED: { label: '监测户', formal: '监测户', aliases: ['监测', '监测对象', '防返贫监测户', '防返贫监测对象'] },
};

/** Tags that come first when cadres are paired: 低保五保, 重病重残, 空巢 (the neediest households). */
export const PRIORITY_TAG_GROUPS: readonly (readonly HouseholdTagName[])[] = [
  ['DIBAO', 'WUBAO'],
  ['SERIOUS_ILLNESS_DISABILITY'],
  ['EMPTY_NEST_ELDERLY'],
];

/** Spaces dropped, full-width brackets made half-width: "五保户（特困供养）" and "五保户(特困供养)" match. */
const squash = (s: string): string => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();

const LOOKUP = new Map<string, HouseholdTagName>(
  HOUSEHOLD_TAG_KINDS.flatMap((tag) => {
    const w = HOUSEHOLD_TAG_WORDS[tag];
    return [tag, w.label, w.formal, ...w.aliases].map((word) => [squash(word), tag] as const);
  }),
);

/** The tag a word names (a screen label, the formal wording, an alias or the code), or null. */
export function tagOfWord(word: string): HouseholdTagName | null {
  return LOOKUP.get(squash(word)) ?? null;
}
