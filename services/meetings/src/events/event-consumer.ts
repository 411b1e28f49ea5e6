import { GovernanceEventType, type EventConsumer } from '@xiangzhi/events';
import { onAgendaItemCaseLinked, onCaseStatusChanged } from '../modules/agenda-item/index.js';

/**
 * What meetings does with governance's events (the state of the cases forum items became). The
 * handlers live in the module that owns the rule; this file only lists them.
 */
export const meetingsEventConsumer: EventConsumer = {
  handlers: {
    [GovernanceEventType.AGENDA_ITEM_CASE_LINKED]: onAgendaItemCaseLinked,
    [GovernanceEventType.CASE_STATUS_CHANGED]: onCaseStatusChanged,
  },
};
