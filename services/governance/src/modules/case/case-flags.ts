import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseAlert, CaseFlag, CaseStatus } from './case.enums.js';
import { SettingService } from '../settings/index.js';
import type { Case } from './case.entity.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * 推、拖、绕 of one case (the same rules as FLAG_SQL, which filters the ledger): overdue (red, or past its red
 * limit), bounced (returned or escalated more than once), stalled (no activity for `stalledDays`).
 */
export function caseFlags(c: Case, stalledDays: number, now: Date): CaseFlag[] {
  const open = c.status !== CaseStatus.CLOSED;
  const flags: CaseFlag[] = [];
  if (open && (c.alert === CaseAlert.RED || (c.redAt != null && c.redAt < now))) flags.push(CaseFlag.OVERDUE);
  if (c.returnCount + c.escalationCount > 1) flags.push(CaseFlag.BOUNCED);
  if (open && c.lastActivityAt.getTime() < now.getTime() - stalledDays * DAY_MS) flags.push(CaseFlag.STALLED);
  return flags;
}

/** The setting `case.stalledDays` in force for each village: one statement for a whole list. */
export async function stalledDaysOf(em: EntityManager, villageCodes: readonly string[]): Promise<Map<string, number>> {
  const found = await new SettingService(em).effectiveMany(villageCodes, ['case.stalledDays']);
  return new Map([...found].map(([code, values]) => [code, Number(values.get('case.stalledDays')?.value ?? 10)]));
}
