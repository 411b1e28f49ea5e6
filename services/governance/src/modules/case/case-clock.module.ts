import { TimeLimit } from './time-limit.entity.js';
import { Holiday } from './holiday.entity.js';
import { CaseClockState } from './case-clock.entity.js';
import { CaseReminder } from './case-reminder.entity.js';
import { CaseClockFieldsResolver, CaseReminderResolver, TimeLimitResolver } from './time-limit.resolver.js';

// The case clock's part of the case module (time limits, holidays, reminders), registered by case.module.ts.
export const clockEntities = [TimeLimit, Holiday, CaseClockState, CaseReminder];
export const clockResolvers: Function[] = [TimeLimitResolver, CaseReminderResolver, CaseClockFieldsResolver];
