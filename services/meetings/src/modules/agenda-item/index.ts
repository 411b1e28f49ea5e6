// The forum module's public API (说事会事项): deliberation and minutes import only from here.
export {
  AgendaCaseStatus,
  AgendaDomain,
  AgendaItem,
  AgendaItemRating,
  AgendaItemStatus,
  AgendaMatterKind,
  AgendaRating,
  AgendaTrack,
} from './agenda-item.entity.js';
export { agendaItemForWriting, itemsOfMeetings } from './agenda-item.queries.js';
export { stageOf, decisionLate } from './agenda-item.rules.js';
export { AgendaItemResolver, MeetingAgendaResolver } from './agenda-item.resolver.js';
export { onAgendaItemCaseLinked, onCaseStatusChanged } from './agenda-item.events.js';
export { seedAgendaDemo } from './agenda-item.demo.js';

import { AgendaItem, AgendaItemRating } from './agenda-item.entity.js';
import { AgendaItemResolver, MeetingAgendaResolver } from './agenda-item.resolver.js';

/** What schema.ts registers for this module. */
export const agendaEntities: Function[] = [AgendaItem, AgendaItemRating];
export const agendaResolvers: Function[] = [AgendaItemResolver, MeetingAgendaResolver];
