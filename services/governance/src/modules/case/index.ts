// Public API of the case module: the 民情台账 case ledger.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { caseModule } from './case.module.js';
export { Case, CaseExtension } from './case.entity.js';
export { CaseLink, CaseTimelineEntry } from './case-timeline.entity.js';
export * from './case.enums.js';
// the case clock (CASE-CLOCK): time limits, holidays, the alert job and reminders
export { applyClock, daysRemaining, daysWaited } from './case-clock.js';
export { CASE_ALERTS_CRON, CASE_ALERTS_JOB, runCaseAlerts, type CaseAlertsRun } from './case-alert.job.js';
export { TimeLimit } from './time-limit.entity.js';
export { Holiday } from './holiday.entity.js';
export { CaseReminder, CaseReminderKind } from './case-reminder.entity.js';
export { CaseService } from './case.service.js';
// 说事 → 办事: meetings' forum items become cases (governance's event consumer lists these)
export { prepareForumItems, takeForumItem } from './case-forum.js';
export type { VillagerObjection } from './case-transition.service.js';
export { RaiseCaseInput } from './dto/raise-case.input.js';
export { CaseConnection } from './case.resolver.js';
// figures and meeting lists (FILES-FIGURES): the transparency page counts with the same statement
export { caseFigureRows, monthRange, totalOf } from './case-figures.service.js';
export { CaseFigureGroupBy, CaseFigureRow } from './case-figures.types.js';
export { loadCaseDemo } from './case.demo.js';
