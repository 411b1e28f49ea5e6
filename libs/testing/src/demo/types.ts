import type { Role } from '@xiangzhi/auth';

export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
export type CadreKind = 'TOWNSHIP_CADRE' | 'VILLAGE_COMMITTEE' | 'WORK_TEAM' | 'PARTY_MEMBER' | 'ACTIVIST';
export type MeetingKind =
  | 'VILLAGERS_FORUM'
  | 'WEEKLY_BRIEFING'
  | 'TOWNSHIP_REVIEW'
  | 'COMMITTEE'
  | 'PARTY_ASSEMBLY'
  | 'REPRESENTATIVES_ASSEMBLY'
  | 'ANNUAL_REVIEW';
export type Sex = 'MALE' | 'FEMALE';
/** A role by its string value, so fixtures can write `['CADRE']` as well as `[Role.CADRE]`. */
export type RoleName = `${Role}`;

export interface DemoRegion {
  /** 6 digits county, 9 township, 12 village; a child code extends its parent's. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A level-3 (片区) grid inside a village, ≤ 100 households. */
export interface DemoGrid {
  id: string;
  villageCode: string;
  name: string;
  leaderCadreId: string | null;
}

export interface DemoResident {
  id: string;
  name: string;
  /** 与户主关系: 户主 / 配偶 / 子女 / 儿媳 / 女婿 / 孙子女 / 父母 / 兄弟姐妹 */
  relation: string;
  sex: Sex;
  /** YYYY-MM-DD */
  birthDate: string;
  /** GB 11643 number consistent with birthDate and sex (generated data only; the services store it encrypted). */
  idCardNo?: string;
  /** Mainland mobile number, for heads and some adults. */
  phone?: string | null;
  /** 职业, e.g. 务农, 外出务工, 学生 */
  occupation?: string | null;
  /** Health or disability note (sensitive), in households tagged SERIOUS_ILLNESS_DISABILITY. */
  health?: string | null;
}

export type HouseholdTagKind =
  | 'DIBAO'
  | 'WUBAO'
  | 'SERIOUS_ILLNESS_DISABILITY'
  | 'EMPTY_NEST_ELDERLY'
  | 'LEFT_BEHIND_CHILD'
  | 'LEFT_BEHIND_WOMAN'
  | 'LEFT_BEHIND_ELDERLY'
  | 'LIFTED_FROM_POVERTY'
  | 'MONITORED';

export type IncomeBand = 'BELOW_10K' | 'FROM_10K_TO_30K' | 'FROM_30K_TO_60K' | 'FROM_60K_TO_100K' | 'ABOVE_100K';

/** A special-group tag (特殊群体) on a household, with the day it was set. */
export interface DemoHouseholdTag {
  tag: HouseholdTagKind;
  note: string | null;
  /** YYYY-MM-DD */
  setOn: string;
}

/** 村民小组: 一组, 二组 … of a village (the group number in the addresses). */
export interface DemoVillagerGroup {
  id: string;
  villageCode: string;
  name: string;
}

export interface DemoHousehold {
  id: string;
  villageCode: string;
  gridId: string;
  /** e.g. 青山镇石门村三组12号 */
  address: string;
  headName: string;
  /** The head (relation 户主) first. */
  residents: DemoResident[];
  /** The 村民小组 of the address. */
  groupId?: string | null;
  incomeBand?: IncomeBand | null;
  productionSituation?: string | null;
  livingSituation?: string | null;
  difficulties?: string | null;
  tags?: DemoHouseholdTag[];
}

export interface DemoCadre {
  id: string;
  name: string;
  kind: CadreKind;
  /** Chinese post, e.g. 村党支部书记, 网格员, 驻村工作队员 */
  post: string;
  /** Village (12 digits) or township (9 digits) the cadre belongs to. */
  divisionCode: string;
  gridId: string | null;
}

/** 联户: a cadre takes care of a household. */
export interface DemoPairing {
  id: string;
  cadreId: string;
  householdId: string;
  /** YYYY-MM-DD */
  startedOn: string;
}

export interface DemoAccount {
  id: string;
  username: string;
  displayName: string;
  /** Plain text: the service hashes it (argon2id) when it loads the demo data. */
  password: string;
  roles: RoleName[];
  divisionCode: string;
  cadreId: string | null;
  gridIds: string[];
}

export interface DemoMeeting {
  id: string;
  kind: MeetingKind;
  villageCode: string;
  /** RFC 3339 date-time */
  date: string;
  title: string;
  chairCadreId: string;
  minutes: string;
}

export interface DemoPointEntry {
  id: string;
  cadreId: string;
  divisionCode: string;
  /** 1–10 */
  points: number;
  reason: string;
  /** RFC 3339 date-time */
  occurredAt: string;
}

/** Plain serialisable demo data for one county: each service loads its part when its database is empty. */
export interface DemoDataset {
  /** The seed it was generated from (absent in hand-written fixtures). */
  seed?: number;
  /** The day the data is "as of" (YYYY-MM-DD): meetings and points lie in the 6 months before it. */
  referenceDate?: string;
  regions: DemoRegion[];
  grids: DemoGrid[];
  /** 村民小组 of every village (absent in hand-written fixtures). */
  villagerGroups?: DemoVillagerGroup[];
  households: DemoHousehold[];
  cadres: DemoCadre[];
  pairings: DemoPairing[];
  accounts: DemoAccount[];
  meetings: DemoMeeting[];
  pointEntries: DemoPointEntry[];
}
