import { Action, can, scopeOf, type Principal } from '@xiangzhi/auth';
import { CaseAction, CaseLevel, CaseStatus } from './case.enums.js';

/** What the rules need of a case: a plain shape, so they are checked without a database. */
export interface CaseFacts {
  status: CaseStatus;
  level: CaseLevel;
  originLevel: CaseLevel;
  villageCode: string;
  divisionCode: string;
  gridId: string | null;
  responsibleId: string | null;
  raisedByAccountId: string | null;
  objectionUntil: Date | null;
  hasPendingExtension: boolean;
}

const { REPORTED, ACCEPTED, ASSIGNED, IN_PROGRESS, ESCALATED, RETURNED, SUSPENDED, RESOLVED, CONFIRMED, CLOSED } =
  CaseStatus;

/** The statuses each action starts from (shared/DESIGN.md "Workflows", .scratch/CASE_API.md). */
export const FROM: Readonly<Record<CaseAction, readonly CaseStatus[]>> = {
  [CaseAction.ACCEPT]: [REPORTED, ESCALATED, RETURNED],
  [CaseAction.ASSIGN]: [ACCEPTED, IN_PROGRESS],
  [CaseAction.START]: [ASSIGNED],
  [CaseAction.ESCALATE]: [REPORTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RETURNED],
  [CaseAction.RETURN]: [ESCALATED, ACCEPTED],
  [CaseAction.SUSPEND]: [IN_PROGRESS],
  [CaseAction.RESUME]: [SUSPENDED],
  [CaseAction.RESOLVE]: [IN_PROGRESS, ASSIGNED],
  [CaseAction.FEEDBACK]: [RESOLVED],
  [CaseAction.CLOSE]: [CONFIRMED],
  [CaseAction.REOPEN]: [CLOSED, CONFIRMED],
  [CaseAction.REQUEST_EXTENSION]: [ACCEPTED, ASSIGNED, IN_PROGRESS, SUSPENDED],
  [CaseAction.APPROVE_EXTENSION]: [REPORTED, ACCEPTED, ASSIGNED, IN_PROGRESS, ESCALATED, RETURNED, SUSPENDED],
  [CaseAction.REJECT_EXTENSION]: [REPORTED, ACCEPTED, ASSIGNED, IN_PROGRESS, ESCALATED, RETURNED, SUSPENDED],
};

/** The actions whose reason is required: they change who handles the case, or stop and restart its clock. */
export const REASON_REQUIRED: ReadonlySet<CaseAction> = new Set([
  CaseAction.ESCALATE,
  CaseAction.RETURN,
  CaseAction.SUSPEND,
  CaseAction.REOPEN,
  CaseAction.REQUEST_EXTENSION,
  CaseAction.REJECT_EXTENSION,
]);

/** What the responsible cadre does on a case above the grid; the office at the case's level does everything. */
const WORKER: ReadonlySet<CaseAction> = new Set([
  CaseAction.START,
  CaseAction.SUSPEND,
  CaseAction.RESUME,
  CaseAction.RESOLVE,
  CaseAction.FEEDBACK,
  CaseAction.REQUEST_EXTENSION,
]);

export const LEVELS: readonly CaseLevel[] = [CaseLevel.GRID, CaseLevel.VILLAGE, CaseLevel.TOWNSHIP, CaseLevel.COUNTY];

/** The division code of the office handling a case at `level`: village 12, township 9, county 6 digits. */
export function divisionOfLevel(villageCode: string, level: CaseLevel): string {
  if (level === CaseLevel.TOWNSHIP) return villageCode.slice(0, 9);
  if (level === CaseLevel.COUNTY) return villageCode.slice(0, 6);
  return villageCode;
}

export const levelAbove = (level: CaseLevel): CaseLevel | null => LEVELS[LEVELS.indexOf(level) + 1] ?? null;
export const levelBelow = (level: CaseLevel): CaseLevel | null => LEVELS[LEVELS.indexOf(level) - 1] ?? null;

/** The caller's own: the responsible cadre, the one who raised it, or a case in one of the caller's grids. */
export function isOwn(p: Principal, c: CaseFacts): boolean {
  return (
    (p.cadreId != null && c.responsibleId === p.cadreId) ||
    c.raisedByAccountId === p.accountId ||
    (c.gridId != null && p.gridIds.includes(c.gridId))
  );
}

/** Why `action` does not apply to the case as it stands, or null when it does (status, level, window). */
export function stateProblem(action: CaseAction, c: CaseFacts, now: Date): string | null {
  if (!FROM[action].includes(c.status)) return `事项当前状态下不能执行该操作`;
  switch (action) {
    case CaseAction.ESCALATE:
      return levelAbove(c.level) ? null : '县级事项不能再上报';
    case CaseAction.RETURN:
      return LEVELS.indexOf(c.level) > LEVELS.indexOf(c.originLevel) ? null : '事项在登记层级，没有可退回的下级';
    case CaseAction.REOPEN:
      return c.status !== CLOSED || (c.objectionUntil != null && now <= c.objectionUntil)
        ? null
        : '销号已超过异议期，不能重新办理';
    case CaseAction.REQUEST_EXTENSION:
      return c.hasPendingExtension ? '已有待审批的延期申请' : null;
    case CaseAction.APPROVE_EXTENSION:
    case CaseAction.REJECT_EXTENSION:
      return c.hasPendingExtension ? null : '没有待审批的延期申请';
    default:
      return null;
  }
}

/**
 * May the caller take `action` on the case, whatever its status? The office (JURISDICTION scope) acts on
 * cases at its own level (village office: grid and village cases of its village; township; county). A grid
 * leader or member (OWN) decides the cases of their grid at grid level, and as the responsible cadre does the
 * work of any case.
 */
export function mayAct(p: Principal, action: CaseAction, c: CaseFacts): boolean {
  if (action === CaseAction.APPROVE_EXTENSION || action === CaseAction.REJECT_EXTENSION) {
    return c.divisionCode === p.divisionCode && can(p, Action.CASE_EXTENSION_APPROVE, { divisionCode: c.divisionCode });
  }
  const scope = scopeOf(p, Action.CASE_HANDLE);
  if (scope === 'JURISDICTION' || scope === 'GLOBAL') {
    return c.divisionCode === p.divisionCode && can(p, Action.CASE_HANDLE, { divisionCode: c.divisionCode });
  }
  if (!scope) return false;
  const own = isOwn(p, c);
  if (!can(p, Action.CASE_HANDLE, { divisionCode: c.villageCode, gridId: c.gridId, own })) return false;
  // 组上报: the grid's own people decide a grid case; elsewhere a cadre does the work it is responsible for
  if (c.level === CaseLevel.GRID && c.gridId != null && p.gridIds.includes(c.gridId)) return true;
  return p.cadreId != null && c.responsibleId === p.cadreId && WORKER.has(action);
}

/** The actions the caller may take now: the permission table, the case's status, level and ownership. */
export function availableActions(p: Principal, c: CaseFacts, now: Date): CaseAction[] {
  return Object.values(CaseAction).filter((a) => stateProblem(a, c, now) === null && mayAct(p, a, c));
}
