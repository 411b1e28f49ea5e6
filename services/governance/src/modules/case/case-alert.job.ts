import type { EntityManager } from '@mikro-orm/postgresql';
import { GovernanceEventType, addEvent, type CaseAlerted } from '@xiangzhi/events';
import { CaseAlert, CaseLevel, CaseStage, CaseStatus } from './case.enums.js';
import { Case } from './case.entity.js';
import { CaseTimelineEntry } from './case-timeline.entity.js';

/** The pg-boss queue of the alert job, scheduled every 15 minutes by main.ts. */
export const CASE_ALERTS_JOB = 'case-alerts';
export const CASE_ALERTS_CRON = '*/15 * * * *';

export interface CaseAlertsRun {
  yellow: number;
  red: number;
  reminders: number;
}

interface AlertedRow {
  id: string;
  alert: CaseAlert.YELLOW | CaseAlert.RED;
  stage: CaseStage;
  status: CaseStatus;
  level: CaseLevel;
  village_code: string;
  responsible_id: string | null;
  cadre_division: string | null;
}

interface RemindedRow {
  case_id: string;
  kind: 'BEFORE_YELLOW' | 'BEFORE_RED';
  status: CaseStatus;
  level: CaseLevel;
}

// One statement turns every case past a limit yellow or red (never while paused, never down) and returns
// what changed: run twice, the second finds nothing. The job does not touch `version`, so a cadre's
// transition in flight is not refused because of it.
const ALERT_SQL = `
with changed as (
  update case_record c
     set alert = case when c.red_at <= ?::timestamptz then 'RED' else 'YELLOW' end
   where c.stage is not null and c.paused_at is null
     and ((c.alert = 'NONE' and c.yellow_at <= ?::timestamptz) or (c.alert <> 'RED' and c.red_at <= ?::timestamptz))
  returning c.id, c.alert, c.stage, c.status, c.level, c.village_code, c.responsible_id)
select changed.*, cadre.division_code as cadre_division
  from changed left join cadre on cadre.id = changed.responsible_id`;

// A reminder to the responsible cadre on the last working day before each limit (the limit falls at
// 00:00 after it), once per case, stage, kind and limit: the unique key drops a second insert.
const REMIND_SQL = `
with added as (
  insert into case_reminder (id, case_id, cadre_id, stage, kind, due_at, created_at)
  select gen_random_uuid(), c.id, c.responsible_id, c.stage, k.kind, k.due_at, ?::timestamptz
    from case_record c
   cross join lateral (values ('BEFORE_YELLOW', c.yellow_at), ('BEFORE_RED', c.red_at)) as k(kind, due_at)
   where c.stage is not null and c.paused_at is null and c.responsible_id is not null
     and k.due_at is not null and k.due_at - interval '1 day' <= ?::timestamptz and ?::timestamptz < k.due_at
  on conflict do nothing
  returning case_id, kind)
select added.case_id, added.kind, c.status, c.level from added join case_record c on c.id = added.case_id`;

const ALERT_REASON: Record<AlertedRow['alert'], string> = {
  [CaseAlert.YELLOW]: '已到黄牌预警时限',
  [CaseAlert.RED]: '已超过红牌时限（超期）',
};
const REMIND_REASON: Record<RemindedRow['kind'], string> = {
  BEFORE_YELLOW: '距黄牌预警还剩 1 个工作日，已提醒责任人',
  BEFORE_RED: '距红牌超期还剩 1 个工作日，已提醒责任人',
};

/** 预警: the case turned yellow or red (a deduction for its responsible cadre, by the points rule table). */
function caseAlerted(em: EntityManager, row: AlertedRow, at: Date): void {
  const payload: CaseAlerted = {
    caseId: row.id,
    villageCode: row.village_code,
    alert: row.alert,
    stage: row.stage,
    responsible:
      row.responsible_id && row.cadre_division
        ? { cadreId: row.responsible_id, divisionCode: row.cadre_division }
        : null,
    alertedAt: at.toISOString(),
  };
  addEvent(em, { type: GovernanceEventType.CASE_ALERTED, aggregateId: row.id, payload });
}

/**
 * The alert job (every 15 minutes, and callable directly): turns cases yellow, then red, as their limits
 * pass, writing the timeline entry and the CaseAlerted event in the same transaction, and reminds the
 * responsible cadre one working day before each limit. Idempotent.
 */
export async function runCaseAlerts(em: EntityManager, now: Date = new Date()): Promise<CaseAlertsRun> {
  return em.fork().transactional(async (tx) => {
    const at = now.toISOString();
    const alerted = await tx.execute<AlertedRow[]>(ALERT_SQL, [at, at, at]);
    const reminded = await tx.execute<RemindedRow[]>(REMIND_SQL, [at, at, at]);
    const entry = (caseId: string, action: string, status: CaseStatus, level: CaseLevel, reason: string) =>
      tx.create(CaseTimelineEntry, {
        case: tx.getReference(Case, caseId),
        action,
        fromStatus: status,
        toStatus: status,
        fromLevel: level,
        toLevel: level,
        actorName: null,
        at: now,
        reason,
      });
    for (const row of alerted) {
      entry(row.id, `ALERT_${row.alert}`, row.status, row.level, ALERT_REASON[row.alert]);
      caseAlerted(tx, row, now);
    }
    for (const row of reminded) entry(row.case_id, 'REMINDED', row.status, row.level, REMIND_REASON[row.kind]);
    return {
      yellow: alerted.filter((r) => r.alert === CaseAlert.YELLOW).length,
      red: alerted.filter((r) => r.alert === CaseAlert.RED).length,
      reminders: reminded.length,
    };
  });
}
