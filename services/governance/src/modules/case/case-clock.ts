import type { EntityManager } from '@mikro-orm/core';
import { CaseAlert, CaseStage, CaseStatus } from './case.enums.js';
import type { Case } from './case.entity.js';
import { CaseClockState } from './case-clock.entity.js';
import { calendarFor, countyOf, limitFor } from './time-limit.service.js';
import { addWorkingDays, countWorkingDays, extendLimit, workingDaysBefore } from './working-days.js';

/** Which clock runs in each status; SUSPENDED keeps the handling clock, paused. */
const STAGE_OF: Record<CaseStatus, CaseStage | null> = {
  [CaseStatus.REPORTED]: CaseStage.ACCEPT,
  [CaseStatus.ESCALATED]: CaseStage.ACCEPT,
  [CaseStatus.RETURNED]: CaseStage.ACCEPT,
  [CaseStatus.ACCEPTED]: CaseStage.HANDLE,
  [CaseStatus.ASSIGNED]: CaseStage.HANDLE,
  [CaseStatus.IN_PROGRESS]: CaseStage.HANDLE,
  [CaseStatus.SUSPENDED]: CaseStage.HANDLE,
  [CaseStatus.RESOLVED]: CaseStage.FEEDBACK,
  [CaseStatus.CONFIRMED]: null,
  [CaseStatus.CLOSED]: null,
};

const RANK: Record<CaseAlert, number> = { [CaseAlert.NONE]: 0, [CaseAlert.YELLOW]: 1, [CaseAlert.RED]: 2 };

/** The alert the limits call for at `now`. */
const alertAt = (c: Pick<Case, 'yellowAt' | 'redAt'>, now: Date): CaseAlert =>
  c.redAt && now >= c.redAt ? CaseAlert.RED : c.yellowAt && now >= c.yellowAt ? CaseAlert.YELLOW : CaseAlert.NONE;

async function stateOf(em: EntityManager, c: Case): Promise<CaseClockState> {
  // a case not flushed yet has no clock row to read
  const found = em.getUnitOfWork().getOriginalEntityData(c) ? await em.findOne(CaseClockState, { caseId: c.id }) : null;
  if (found) return found;
  return em.create(CaseClockState, { caseId: c.id, level: c.level, extensionBase: c.extensionDays });
}

/**
 * Sets the clock of a case after a transition (CASE-CORE calls it before the flush): the stage its
 * status puts it in, restarted when the stage or the level changes; the yellow and red limits from the
 * time-limit table and the county's calendar, pushed out by the working days paused in this stage and
 * by extensions approved during it; `dueAt`, the handling red limit. SUSPENDED pauses the clock.
 */
export async function applyClock(em: EntityManager, c: Case, now: Date): Promise<void> {
  const calendar = await calendarFor(em, countyOf(c.villageCode));
  const state = await stateOf(em, c);
  if (c.status === CaseStatus.SUSPENDED) {
    c.pausedAt ??= now;
    return;
  }
  if (c.pausedAt) {
    const paused = Math.max(0, countWorkingDays(c.pausedAt, now, calendar));
    c.pausedWorkingDays += paused;
    state.stagePausedDays += paused;
    c.pausedAt = null;
  }
  const stage = STAGE_OF[c.status];
  if (!stage) {
    Object.assign(c, { stage: null, stageStartedAt: null, yellowAt: null, redAt: null, alert: CaseAlert.NONE });
    return;
  }
  if (stage !== c.stage || state.level !== c.level || !c.stageStartedAt) {
    Object.assign(c, { stage, stageStartedAt: now, alert: CaseAlert.NONE });
    Object.assign(state, { level: c.level, stagePausedDays: 0, extensionBase: c.extensionDays });
  }
  const started = c.stageStartedAt ?? now;
  const limit = await limitFor(em, c.kind, c.level, stage, c.divisionCode);
  const shift = state.stagePausedDays + Math.max(0, c.extensionDays - state.extensionBase);
  c.yellowAt = limit ? addWorkingDays(started, limit.yellowDays + shift, calendar) : null;
  c.redAt = limit ? addWorkingDays(started, limit.redDays + shift, calendar) : null;
  if (stage === CaseStage.HANDLE) c.dueAt = c.redAt;
  else if (stage === CaseStage.ACCEPT) {
    // not accepted yet: the due date expected if it is accepted on the last day allowed
    const handle = await limitFor(em, c.kind, c.level, CaseStage.HANDLE, c.divisionCode);
    c.dueAt = c.redAt && handle ? extendLimit(c.redAt, handle.redDays, calendar) : null;
  }
  // a resume or an approved extension can move a limit past now: the alert follows it down, never up
  // (raising one is the alert job's, with its timeline entry and event)
  const due = alertAt(c, now);
  if (RANK[due] < RANK[c.alert as CaseAlert]) c.alert = due;
}

/** Working days the case has waited since it was raised, not counting the days it was paused. */
export async function daysWaited(em: EntityManager, c: Case, now: Date): Promise<number> {
  const calendar = await calendarFor(em, countyOf(c.villageCode));
  const end = c.closedAt ?? now;
  const pausedNow = c.pausedAt ? Math.max(0, countWorkingDays(c.pausedAt, end, calendar)) : 0;
  return Math.max(0, countWorkingDays(c.raisedAt, end, calendar) - c.pausedWorkingDays - pausedNow);
}

/** Working days left before the current red limit (frozen while paused); negative when overdue, null without. */
export async function daysRemaining(em: EntityManager, c: Case, now: Date): Promise<number | null> {
  if (!c.redAt) return null;
  const calendar = await calendarFor(em, countyOf(c.villageCode));
  return workingDaysBefore(c.pausedAt ?? now, c.redAt, calendar);
}
