export { pointEventConsumer, effectsOf, type EventEffects } from './point-events.handlers.js';
export { EventAwardService, SYSTEM_ACCOUNT_ID, chinaDay, eventAwards } from './point-events.service.js';
export {
  AwardEngine,
  type EventAward,
  type EventCorrection,
  type LedgerLine,
  type LedgerPort,
} from './award-engine.js';
export { PointEvent } from './point-event.entity.js';
