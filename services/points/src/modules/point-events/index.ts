export { pointEventConsumer } from './point-events.handlers.js';
export {
  EventAwardService,
  SYSTEM_ACCOUNT_ID,
  chinaDay,
  eventAwards,
  type EventAward,
} from './point-events.service.js';
