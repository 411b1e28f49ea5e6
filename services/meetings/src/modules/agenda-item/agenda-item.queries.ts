import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, type Principal } from '@xiangzhi/auth';
import { groupBy, isUuid } from '@xiangzhi/subgraph-kit';
import { AgendaItem } from './agenda-item.entity.js';
import { AgendaItemService } from './agenda-item.service.js';

/**
 * The items of many meetings in one statement, in the order raised (for the meeting page, deliberations and
 * minutes). The caller has already loaded the meetings in its scope: the ids are trusted.
 */
export async function itemsOfMeetings(
  em: EntityManager,
  meetingIds: readonly string[],
): Promise<Map<string, AgendaItem[]>> {
  const ids = [...new Set(meetingIds.filter(isUuid))];
  if (!ids.length) return new Map();
  const rows = await em.find(AgendaItem, { meetingId: { $in: ids } }, { orderBy: { id: 'asc' } });
  return groupBy(
    rows,
    (r) => r.meetingId,
    (r) => r,
  );
}

/**
 * An item the caller may act on with `action` in its village (AGENDA_WRITE unless said), else
 * AGENDA_ITEM_NOT_FOUND on `field`: for deliberations and minutes.
 */
export const agendaItemForWriting = (
  em: EntityManager,
  principal: Principal,
  id: string,
  field = 'agendaItemId',
  action: Action = Action.AGENDA_WRITE,
): Promise<AgendaItem> => new AgendaItemService(em, principal).loadForWriting(id, null, action, field);
