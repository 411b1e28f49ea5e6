import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@xiangzhi/auth';
import { Case } from './case.entity.js';
import { AttachmentService } from '../attachment/index.js';
import { SettingService } from '../settings/index.js';
import { applyClock } from './case-clock.js';

/** Attachments of a case are owned under this type (the attachment module lists them by owner). */
export const CASE_ATTACHMENT_OWNER = 'Case';

/**
 * What follows every change of a case, in its unit of work: the photos named are claimed, and the
 * clock (stage, limits, alert) follows the new status and level.
 */
export async function afterChange(
  em: EntityManager,
  c: Case,
  now: Date,
  principal: Principal | null,
  attachmentIds: readonly string[],
): Promise<void> {
  if (principal && attachmentIds.length) {
    await AttachmentService.claim(em, attachmentIds, CASE_ATTACHMENT_OWNER, c.id, principal);
  }
  await applyClock(em, c, now);
}

/** How many days after close-out the villager may object (setting `case.objectionDays`). */
export const objectionDays = (em: EntityManager, villageCode: string): Promise<number> =>
  new SettingService(em).get(villageCode, 'case.objectionDays');
