import { AccessDeniedError, Action, can, type Principal } from '@xiangzhi/auth';
import { requireWrite } from '../territory/index.js';

/**
 * Refuses read-only, 三员 and plain cadre accounts, and any division outside the caller's
 * jurisdiction. `action` is PAIRING_MANAGE (联户安排) or CADRE_MANAGE (the cadre records).
 */
export function assertCanManage(p: Principal, divisionCode: string, action: Action = Action.PAIRING_MANAGE): void {
  requireWrite(p, action, '只有乡镇、村党组织可以安排党员干部和联户');
  if (!can(p, action, { divisionCode })) throw new AccessDeniedError(action, '不在您的管辖范围内，不能修改');
}
