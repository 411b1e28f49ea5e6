import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, type Principal } from '@xiangzhi/auth';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { ForumDay, ForumDaySetting } from './forum-day.entity.js';
import { MeetingErrorCode, meetingError } from './meeting.errors.js';

/**
 * Seed 003 sets a fixed monthly forum day (固定说事日) per village without naming one: until the township
 * sets a village's day, the 10th proposes the date (early enough for the committee's 3-day follow-up).
 */
export const DEFAULT_FORUM_DAY = 10;

/** The next date (YYYY-MM-DD, today or later in Beijing) that falls on `day` of a month. */
export function nextForumDate(day: number, today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const [year, month] = d <= day ? [y, m] : m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const setting = (villageCode: string, day: number, isDefault: boolean, now: Date): ForumDaySetting =>
  Object.assign(new ForumDaySetting(), {
    villageCode,
    day,
    isDefault,
    nextDate: nextForumDate(day, todayInChina(now)),
  });

/** Reads and sets the forum day of a village. */
export class ForumDayService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Null for a malformed village code or one outside the caller's jurisdiction. */
  async get(villageCode: string): Promise<ForumDaySetting | null> {
    authorize(this.principal, Action.MEETING_READ);
    if (!/^\d{12}$/.test(villageCode) || !can(this.principal, Action.MEETING_READ, { divisionCode: villageCode }))
      return null;
    const row = await this.em.findOne(ForumDay, { villageCode });
    return setting(villageCode, row?.day ?? DEFAULT_FORUM_DAY, !row, this.now());
  }

  async set(villageCode: string, day: number): Promise<ForumDaySetting> {
    authorize(this.principal, Action.MEETING_SETTINGS_MANAGE);
    if (!/^\d{12}$/.test(villageCode)) throw meetingError(MeetingErrorCode.VILLAGE_CODE_INVALID);
    if (!can(this.principal, Action.MEETING_SETTINGS_MANAGE, { divisionCode: villageCode }))
      throw meetingError(MeetingErrorCode.VILLAGE_OUT_OF_SCOPE);
    // 1–28: every month has the day
    if (!Number.isInteger(day) || day < 1 || day > 28) throw meetingError(MeetingErrorCode.FORUM_DAY_INVALID);
    await this.em.upsert(ForumDay, { villageCode, day, updatedBy: this.principal.accountId, updatedAt: this.now() });
    return setting(villageCode, day, false, this.now());
  }
}
