import { MeetingsEventType, type EventConsumer } from '@xiangzhi/events';
import { prepareForumItems, takeForumItem } from '../modules/case/index.js';

/**
 * What governance does with other services' events (meetings' forum items become cases). The
 * handlers live in the module that owns the rule; this file only lists them.
 */
export const governanceEventConsumer: EventConsumer = {
  handlers: {
    [MeetingsEventType.AGENDA_ITEM_RAISED]: takeForumItem,
  },
  // reads what a batch of forum items needs in a few statements (the only handler that needs it so far)
  prepare: prepareForumItems,
};
