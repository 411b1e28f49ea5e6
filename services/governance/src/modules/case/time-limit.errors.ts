import { entityNotFound, invalidInput } from '@xiangzhi/subgraph-kit';

/** A bad value in the time-limit table: `TIME_LIMIT_<FIELD>_INVALID` with the field and the message. */
export const timeLimitInput = invalidInput('TIME_LIMIT');

/** A bad value in the holiday calendar: `HOLIDAY_<FIELD>_INVALID`. */
export const holidayInput = invalidInput('HOLIDAY');

export const holidayNotFound = (): Error => entityNotFound('HOLIDAY', 'date', '本县没有设置这一天的节假日或调休');

export const reminderNotFound = (): Error => entityNotFound('CASE_REMINDER', 'id', '提醒不存在');
