import { Principal } from './principal.js';
import { Role } from './roles.js';

/**
 * Everything a caller can ask to do. The one permission table below says which role may do it
 * and how far (the scope rule for the target). No service keeps a role list of its own.
 */
export enum Action {
  // register (农户台账)
  REGISTER_READ = 'REGISTER_READ',
  REGISTER_WRITE = 'REGISTER_WRITE',
  REGISTER_IMPORT = 'REGISTER_IMPORT',
  REGISTER_EXPORT = 'REGISTER_EXPORT',
  /** Names, full birth dates, sensitive tags (低保, 重病重残 …): masked where masked. */
  PERSONAL_DATA_READ = 'PERSONAL_DATA_READ',
  /** Every personal-data field in plain text, including an exact lookup by ID number. */
  PII_UNMASK = 'PII_UNMASK',
  /** A phone in plain text, including an exact lookup by phone. */
  PHONE_UNMASK = 'PHONE_UNMASK',
  /** Counts only (coverage, totals): what dashboards see. */
  AGGREGATE_READ = 'AGGREGATE_READ',
  /** The organisation of the territory: grids and their posts, villager groups, cadres, business settings. */
  ORG_READ = 'ORG_READ',
  // territory and grid
  TERRITORY_MANAGE = 'TERRITORY_MANAGE',
  GRID_MANAGE = 'GRID_MANAGE',
  HOUSEHOLD_MOVE = 'HOUSEHOLD_MOVE',
  // cadres, pairing, visits, cards
  CADRE_MANAGE = 'CADRE_MANAGE',
  PAIRING_MANAGE = 'PAIRING_MANAGE',
  ROSTER_READ = 'ROSTER_READ',
  VISIT_RECORD = 'VISIT_RECORD',
  CONTACT_CARD_PRINT = 'CONTACT_CARD_PRINT',
  /** Per-jurisdiction business settings (grid capacity, pairing capacity, visit frequency). */
  SETTINGS_MANAGE = 'SETTINGS_MANAGE',
  // 民情台账 (cases)
  CASE_READ = 'CASE_READ',
  /** Raise a case, also on a villager's behalf (员代办). */
  CASE_RAISE = 'CASE_RAISE',
  /** Accept, assign, handle, escalate, return, suspend, resolve, record feedback, close, reopen. */
  CASE_HANDLE = 'CASE_HANDLE',
  /** Approve or refuse an extension (延期). */
  CASE_EXTENSION_APPROVE = 'CASE_EXTENSION_APPROVE',
  /** The time-limit table and the holiday calendar: set by the county. */
  TIME_LIMIT_MANAGE = 'TIME_LIMIT_MANAGE',
  /** Publish the village transparency page (村务公开). */
  TRANSPARENCY_PUBLISH = 'TRANSPARENCY_PUBLISH',
  // service orders (群众点单—网格下单—党员接单)
  SERVICE_ORDER_READ = 'SERVICE_ORDER_READ',
  /** Dispatch an order to a cadre or post it for the grid to take. */
  SERVICE_ORDER_DISPATCH = 'SERVICE_ORDER_DISPATCH',
  /** Take, accept and complete an order. */
  SERVICE_ORDER_HANDLE = 'SERVICE_ORDER_HANDLE',
  // policies owed (政策落实到户)
  POLICY_READ = 'POLICY_READ',
  /** The policy catalog and its eligibility rules. */
  POLICY_MANAGE = 'POLICY_MANAGE',
  /** A household's benefit moving eligible → informed → applied → granted / declined, and briefings (宣讲). */
  POLICY_BENEFIT_RECORD = 'POLICY_BENEFIT_RECORD',
  // industry needs (产业对接到户)
  INDUSTRY_READ = 'INDUSTRY_READ',
  INDUSTRY_RECORD = 'INDUSTRY_RECORD',
  /** The resources (科技特派员, enterprises, cooperatives) and matching needs to them. */
  INDUSTRY_MANAGE = 'INDUSTRY_MANAGE',
  // patrols (定点巡查台账)
  PATROL_READ = 'PATROL_READ',
  PATROL_PLAN_MANAGE = 'PATROL_PLAN_MANAGE',
  PATROL_CHECK_IN = 'PATROL_CHECK_IN',
  // supervision cards (工作督办卡)
  SUPERVISION_READ = 'SUPERVISION_READ',
  SUPERVISION_ISSUE = 'SUPERVISION_ISSUE',
  SUPERVISION_REPORT = 'SUPERVISION_REPORT',
  // meetings and points
  MEETING_READ = 'MEETING_READ',
  MEETING_MINUTES_READ = 'MEETING_MINUTES_READ',
  MEETING_WRITE = 'MEETING_WRITE',
  POINTS_READ = 'POINTS_READ',
  /** The lines of a cadre's points ledger (what a named cadre did), beyond totals and rankings. */
  POINTS_ENTRIES_READ = 'POINTS_ENTRIES_READ',
  POINTS_AWARD = 'POINTS_AWARD',
  /** 我的积分: the lines and totals of the account's own cadre record, whatever its role. */
  POINTS_OWN_READ = 'POINTS_OWN_READ',
  /** Raise, classify and decide forum items (说事会), record attendance and votes. */
  AGENDA_WRITE = 'AGENDA_WRITE',
  /** Rate forum items at the annual review (双述双评): every attendee, also party members. */
  AGENDA_RATE = 'AGENDA_RATE',
  /** Open and advance a 四议两公开 deliberation, post its disclosures. */
  DELIBERATION_WRITE = 'DELIBERATION_WRITE',
  /** Draft, edit and publish minutes, add an addendum. */
  MINUTES_WRITE = 'MINUTES_WRITE',
  /** Quorum rules, the forum day, the ranking objection window: meetings' and points' settings. */
  MEETING_SETTINGS_MANAGE = 'MEETING_SETTINGS_MANAGE',
  /** The points rule table of a jurisdiction (township office and county). */
  POINT_RULE_MANAGE = 'POINT_RULE_MANAGE',
  /** Approve or refuse another person's manual commendation, deduction or correction (second approver). */
  POINTS_APPROVE = 'POINTS_APPROVE',
  /** Compute a month's ranking, open it for objections, decide objections, publish it. */
  RANKING_PUBLISH = 'RANKING_PUBLISH',
  /** Object to a ranking open for objections (any cadre, about their own line). */
  RANKING_OBJECT = 'RANKING_OBJECT',
  /** Score the grid member assessment form (网格员考核评议表) and the branch star ratings. */
  ASSESSMENT_SCORE = 'ASSESSMENT_SCORE',
  // 三员分立
  ACCOUNT_READ = 'ACCOUNT_READ',
  /** Create, disable, re-enable accounts, reset passwords, set jurisdictions (system administrator). */
  ACCOUNT_MANAGE = 'ACCOUNT_MANAGE',
  /** Assign roles (security administrator). */
  ROLE_ASSIGN = 'ROLE_ASSIGN',
  /** Unlock a locked account (security administrator). */
  ACCOUNT_UNLOCK = 'ACCOUNT_UNLOCK',
  SYSTEM_SETTINGS_MANAGE = 'SYSTEM_SETTINGS_MANAGE',
  SECURITY_SETTINGS_MANAGE = 'SECURITY_SETTINGS_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  AUDIT_EXPORT = 'AUDIT_EXPORT',
  /** GraphQL introspection through the gateway. */
  INTROSPECT = 'INTROSPECT',
}

/**
 * How far a permission reaches, checked against the target:
 * - JURISDICTION: the target's division code lies in the caller's (the same code or below it);
 * - GRID: the target lies in one of the caller's grids (and in the jurisdiction);
 * - OWN: the target is the caller's own (paired with, or recorded by, the caller's cadre record), or in a grid;
 * - GLOBAL: a duty of the whole system (三员), still limited to the caller's division when a target names one.
 */
export type Scope = 'JURISDICTION' | 'GRID' | 'OWN' | 'GLOBAL';

/** Breadth of each scope, widest first: the principal's widest grant decides. */
const BREADTH: Record<Scope, number> = { GLOBAL: 4, JURISDICTION: 3, GRID: 2, OWN: 1 };

const {
  COUNTY_ADMIN,
  COUNTY_DEPARTMENT,
  TOWNSHIP_ADMIN,
  TOWNSHIP_LEADER,
  VILLAGE_SECRETARY,
  VILLAGE_COMMITTEE,
  GRID_LEADER,
  CADRE,
  SYSTEM_ADMIN,
  SECURITY_ADMIN,
  AUDITOR,
  API_CLIENT,
} = Role;

type Grants = Partial<Record<Role, Scope>>;
const J = 'JURISDICTION' as const;

/** Every role working in a township or village office: they arrange, record and decide. */
const OFFICE: Grants = {
  [COUNTY_ADMIN]: J,
  [TOWNSHIP_ADMIN]: J,
  [TOWNSHIP_LEADER]: J,
  [VILLAGE_SECRETARY]: J,
  [VILLAGE_COMMITTEE]: J,
};
/** The office plus the people in the field, each limited to grids and pairs. */
const FIELD: Grants = { ...OFFICE, [GRID_LEADER]: 'OWN', [CADRE]: 'OWN' };
/** The field plus the county departments that read (and embed modules). */
const READERS: Grants = { ...FIELD, [COUNTY_DEPARTMENT]: J };
const MANAGERS: Grants = { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J, [VILLAGE_SECRETARY]: J };

/** The permission table: action × role → the scope rule, or no entry when refused. */
export const PERMISSIONS: Readonly<Record<Action, Grants>> = {
  [Action.REGISTER_READ]: READERS,
  [Action.REGISTER_WRITE]: FIELD,
  [Action.REGISTER_IMPORT]: OFFICE,
  [Action.REGISTER_EXPORT]: READERS,
  [Action.PERSONAL_DATA_READ]: FIELD,
  [Action.PII_UNMASK]: MANAGERS,
  [Action.PHONE_UNMASK]: { ...MANAGERS, [GRID_LEADER]: 'OWN', [CADRE]: 'OWN' },
  [Action.AGGREGATE_READ]: { ...READERS, [API_CLIENT]: J },
  [Action.ORG_READ]: { ...READERS, [API_CLIENT]: J },
  [Action.TERRITORY_MANAGE]: MANAGERS,
  [Action.GRID_MANAGE]: MANAGERS,
  [Action.HOUSEHOLD_MOVE]: { ...MANAGERS, [VILLAGE_COMMITTEE]: J },
  [Action.CADRE_MANAGE]: OFFICE,
  [Action.PAIRING_MANAGE]: OFFICE,
  [Action.ROSTER_READ]: READERS,
  [Action.VISIT_RECORD]: FIELD,
  [Action.CONTACT_CARD_PRINT]: FIELD,
  [Action.SETTINGS_MANAGE]: MANAGERS,
  [Action.CASE_READ]: READERS,
  [Action.CASE_RAISE]: FIELD,
  [Action.CASE_HANDLE]: FIELD,
  [Action.CASE_EXTENSION_APPROVE]: { ...MANAGERS, [TOWNSHIP_LEADER]: J },
  [Action.TIME_LIMIT_MANAGE]: { [COUNTY_ADMIN]: J },
  [Action.TRANSPARENCY_PUBLISH]: { ...MANAGERS, [TOWNSHIP_LEADER]: J },
  [Action.SERVICE_ORDER_READ]: READERS,
  [Action.SERVICE_ORDER_DISPATCH]: { ...OFFICE, [GRID_LEADER]: 'GRID' },
  [Action.SERVICE_ORDER_HANDLE]: FIELD,
  [Action.POLICY_READ]: READERS,
  [Action.POLICY_MANAGE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J },
  [Action.POLICY_BENEFIT_RECORD]: FIELD,
  [Action.INDUSTRY_READ]: READERS,
  [Action.INDUSTRY_RECORD]: FIELD,
  [Action.INDUSTRY_MANAGE]: OFFICE,
  [Action.PATROL_READ]: READERS,
  [Action.PATROL_PLAN_MANAGE]: { ...OFFICE, [GRID_LEADER]: 'GRID' },
  [Action.PATROL_CHECK_IN]: FIELD,
  [Action.SUPERVISION_READ]: READERS,
  [Action.SUPERVISION_ISSUE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J, [TOWNSHIP_LEADER]: J },
  [Action.SUPERVISION_REPORT]: FIELD,
  [Action.MEETING_READ]: { ...READERS, [API_CLIENT]: J },
  [Action.MEETING_MINUTES_READ]: READERS,
  [Action.MEETING_WRITE]: OFFICE,
  [Action.POINTS_READ]: { ...READERS, [API_CLIENT]: J },
  [Action.POINTS_ENTRIES_READ]: READERS,
  [Action.POINTS_AWARD]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J, [TOWNSHIP_LEADER]: J, [VILLAGE_SECRETARY]: J },
  [Action.AGENDA_WRITE]: OFFICE,
  [Action.AGENDA_RATE]: FIELD,
  [Action.DELIBERATION_WRITE]: OFFICE,
  [Action.MINUTES_WRITE]: OFFICE,
  [Action.MEETING_SETTINGS_MANAGE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J },
  [Action.POINT_RULE_MANAGE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J },
  [Action.POINTS_APPROVE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J, [TOWNSHIP_LEADER]: J },
  [Action.RANKING_PUBLISH]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J },
  [Action.RANKING_OBJECT]: FIELD,
  [Action.ASSESSMENT_SCORE]: { [COUNTY_ADMIN]: J, [TOWNSHIP_ADMIN]: J, [TOWNSHIP_LEADER]: J, [VILLAGE_SECRETARY]: J },
  // every business role may hold a cadre record of its own; the service needs the account's cadre
  [Action.POINTS_OWN_READ]: {
    [COUNTY_ADMIN]: 'OWN',
    [COUNTY_DEPARTMENT]: 'OWN',
    [TOWNSHIP_ADMIN]: 'OWN',
    [TOWNSHIP_LEADER]: 'OWN',
    [VILLAGE_SECRETARY]: 'OWN',
    [VILLAGE_COMMITTEE]: 'OWN',
    [GRID_LEADER]: 'OWN',
    [CADRE]: 'OWN',
  },
  [Action.ACCOUNT_READ]: { [SYSTEM_ADMIN]: 'GLOBAL', [SECURITY_ADMIN]: 'GLOBAL' },
  [Action.ACCOUNT_MANAGE]: { [SYSTEM_ADMIN]: 'GLOBAL' },
  [Action.ROLE_ASSIGN]: { [SECURITY_ADMIN]: 'GLOBAL' },
  [Action.ACCOUNT_UNLOCK]: { [SECURITY_ADMIN]: 'GLOBAL' },
  [Action.SYSTEM_SETTINGS_MANAGE]: { [SYSTEM_ADMIN]: 'GLOBAL' },
  [Action.SECURITY_SETTINGS_MANAGE]: { [SECURITY_ADMIN]: 'GLOBAL' },
  [Action.AUDIT_READ]: { [AUDITOR]: 'GLOBAL' },
  [Action.AUDIT_EXPORT]: { [AUDITOR]: 'GLOBAL' },
  [Action.INTROSPECT]: { [SYSTEM_ADMIN]: 'GLOBAL' },
};

/** The separate duties (三员) and dashboards: a principal holding one gets only that role's grants. */
export const SEPARATE_DUTY_ROLES: ReadonlySet<Role> = new Set([SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR, API_CLIENT]);

/**
 * The roles whose grants count. Restrictive wins: a business role held beside one of the 三员
 * or API_CLIENT is ignored, so an account can never mix administration with business data.
 */
export function effectiveRoles(p: Pick<Principal, 'roles'>): Role[] {
  const separate = p.roles.filter((r) => SEPARATE_DUTY_ROLES.has(r));
  return separate.length ? separate : p.roles;
}

/** The widest scope the principal holds for `action`, or null when refused. */
export function scopeOf(p: Pick<Principal, 'roles' | 'mustChangePassword'>, action: Action): Scope | null {
  // until a temporary password is changed the caller may only change it, see `me` and log out
  if (p.mustChangePassword) return null;
  let best: Scope | null = null;
  for (const role of effectiveRoles(p)) {
    const s = PERMISSIONS[action][role];
    if (s && (!best || BREADTH[s] > BREADTH[best])) best = s;
  }
  return best;
}

/** What a check knows about the object acted on. Every field is optional; the ones given are checked. */
export interface Target {
  /** Division (village / township / county) the object lies in. */
  divisionCode?: string | null;
  /** Grid the object lies in. */
  gridId?: string | null;
  /** True when the object is the caller's own: paired with or recorded by the caller's cadre record. */
  own?: boolean;
}

const inDivision = (p: Pick<Principal, 'divisionCode'>, code: string): boolean =>
  p.divisionCode.length > 0 && code.startsWith(p.divisionCode);

function reaches(p: Principal, scope: Scope, t: Target): boolean {
  if (t.divisionCode != null && !inDivision(p, t.divisionCode)) return false;
  switch (scope) {
    case 'GLOBAL':
    case 'JURISDICTION':
      return true;
    case 'GRID':
      return t.gridId == null || p.gridIds.includes(t.gridId);
    case 'OWN':
      // no target named: "may do this somewhere" (the service then narrows the query)
      if (t.own === undefined && t.gridId == null) return true;
      return t.own === true || (t.gridId != null && p.gridIds.includes(t.gridId));
  }
}

/**
 * The one access decision: may `p` do `action` (on `target`, when given)? Without a target the
 * answer is whether the principal may do it anywhere; the service then limits its query by
 * `scopeOf` and the division code.
 */
export function can(p: Principal, action: Action, target: Target = {}): boolean {
  const scope = scopeOf(p, action);
  return scope !== null && reaches(p, scope, target);
}

/** Why an access decision said no, in the words a user reads. */
export class AccessDeniedError extends Error {
  constructor(
    readonly action: Action,
    message?: string,
  ) {
    super(message ?? ACTION_REFUSALS[action]);
    this.name = 'AccessDeniedError';
  }
}

/** Throws AccessDeniedError (mapped to FORBIDDEN by the subgraph kit) unless `can` allows it. */
export function authorize(p: Principal, action: Action, target: Target = {}, message?: string): void {
  if (!can(p, action, target)) throw new AccessDeniedError(action, message);
}

/** The Chinese refusal of each action. */
export const ACTION_REFUSALS: Readonly<Record<Action, string>> = {
  [Action.REGISTER_READ]: '您没有查看农户台账的权限',
  [Action.REGISTER_WRITE]: '您没有修改农户台账的权限（只读账号和三员账号不能修改业务数据）',
  [Action.REGISTER_IMPORT]: '只有乡镇、村干部可以导入农户台账',
  [Action.REGISTER_EXPORT]: '您没有导出农户台账的权限',
  [Action.PERSONAL_DATA_READ]: '您没有查看个人信息的权限',
  [Action.PII_UNMASK]: '您没有查看个人信息明文的权限',
  [Action.PHONE_UNMASK]: '您没有查看联系电话明文的权限',
  [Action.AGGREGATE_READ]: '您没有查看统计数据的权限',
  [Action.ORG_READ]: '您没有查看网格、村民小组和党员干部等组织信息的权限',
  [Action.TERRITORY_MANAGE]: '只有县、乡镇管理员和村党组织书记可以调整区划和村民小组',
  [Action.GRID_MANAGE]: '只有县、乡镇管理员和村党组织书记可以调整网格',
  [Action.HOUSEHOLD_MOVE]: '您的角色不能调整农户网格',
  [Action.CADRE_MANAGE]: '只有乡镇、村党组织可以管理党员干部',
  [Action.PAIRING_MANAGE]: '只有乡镇、村党组织可以安排党员干部和联户',
  [Action.ROSTER_READ]: '您没有查看联户花名册的权限',
  [Action.VISIT_RECORD]: '只能记录本人参与的走访',
  [Action.CONTACT_CARD_PRINT]: '只有乡镇、村干部和联户党员可以打印联系卡',
  [Action.SETTINGS_MANAGE]: '只能修改本人管辖范围内的设置',
  [Action.CASE_READ]: '您没有查看民情台账的权限',
  [Action.CASE_RAISE]: '您没有登记民情事项的权限',
  [Action.CASE_HANDLE]: '您没有办理此民情事项的权限',
  [Action.CASE_EXTENSION_APPROVE]: '只有县、乡镇管理员、包村领导和村党组织书记可以审批延期',
  [Action.TIME_LIMIT_MANAGE]: '办理时限和节假日由县级管理员设置，乡村不能修改',
  [Action.TRANSPARENCY_PUBLISH]: '您没有发布村务公开的权限',
  [Action.SERVICE_ORDER_READ]: '您没有查看服务订单的权限',
  [Action.SERVICE_ORDER_DISPATCH]: '只有网格长和乡镇、村干部可以派单',
  [Action.SERVICE_ORDER_HANDLE]: '您没有接单办理的权限',
  [Action.POLICY_READ]: '您没有查看政策的权限',
  [Action.POLICY_MANAGE]: '只有县、乡镇管理员可以维护政策目录和享受条件',
  [Action.POLICY_BENEFIT_RECORD]: '您没有登记政策落实情况的权限',
  [Action.INDUSTRY_READ]: '您没有查看产业对接的权限',
  [Action.INDUSTRY_RECORD]: '您没有登记产业需求的权限',
  [Action.INDUSTRY_MANAGE]: '只有乡镇、村干部可以维护产业资源和对接',
  [Action.PATROL_READ]: '您没有查看巡查台账的权限',
  [Action.PATROL_PLAN_MANAGE]: '只有网格长和乡镇、村干部可以制定巡查计划',
  [Action.PATROL_CHECK_IN]: '您没有巡查签到的权限',
  [Action.SUPERVISION_READ]: '您没有查看督办卡的权限',
  [Action.SUPERVISION_ISSUE]: '只有县、乡镇管理员和包村领导可以下发督办卡',
  [Action.SUPERVISION_REPORT]: '只能反馈下发给本人的督办卡',
  [Action.MEETING_READ]: '您没有查看会议的权限',
  [Action.MEETING_MINUTES_READ]: '您没有查看会议纪要的权限',
  [Action.MEETING_WRITE]: '只有乡镇、村干部可以登记会议',
  [Action.POINTS_READ]: '您没有查看积分的权限',
  [Action.POINTS_ENTRIES_READ]: '数据接口客户端只能查看积分汇总，不能查看积分明细',
  [Action.POINTS_AWARD]: '只有乡镇管理员、包村领导和村党组织书记可以记积分',
  [Action.POINTS_OWN_READ]: '您的账号不能查看个人积分',
  [Action.AGENDA_WRITE]: '只有乡镇、村干部可以登记和处理说事会事项',
  [Action.AGENDA_RATE]: '您没有参与事项评议的权限',
  [Action.DELIBERATION_WRITE]: '只有乡镇、村干部可以办理“四议两公开”',
  [Action.MINUTES_WRITE]: '只有乡镇、村干部可以编写会议纪要',
  [Action.MEETING_SETTINGS_MANAGE]: '只有县、乡镇管理员可以修改会议和积分设置',
  [Action.POINT_RULE_MANAGE]: '只有县、乡镇管理员可以修改积分规则',
  [Action.POINTS_APPROVE]: '只有县、乡镇管理员和包村领导可以审核积分',
  [Action.RANKING_PUBLISH]: '只有县、乡镇管理员可以发布积分排名',
  [Action.RANKING_OBJECT]: '您没有对积分排名提出异议的权限',
  [Action.ASSESSMENT_SCORE]: '只有乡镇管理员、包村领导和村党组织书记可以考核评分',
  [Action.ACCOUNT_READ]: '只有系统管理员和安全管理员可以查看账号',
  [Action.ACCOUNT_MANAGE]: '只有系统管理员可以管理账号',
  [Action.ROLE_ASSIGN]: '只有安全管理员可以分配角色',
  [Action.ACCOUNT_UNLOCK]: '只有安全管理员可以解锁账号',
  [Action.SYSTEM_SETTINGS_MANAGE]: '只有系统管理员可以修改系统设置',
  [Action.SECURITY_SETTINGS_MANAGE]: '只有安全管理员可以修改安全设置',
  [Action.AUDIT_READ]: '只有安全审计员可以查看审计记录',
  [Action.AUDIT_EXPORT]: '只有安全审计员可以导出审计记录',
  [Action.INTROSPECT]: '只有系统管理员可以查看接口结构',
};
