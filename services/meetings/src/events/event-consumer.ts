import type { EventConsumer } from '@xiangzhi/events';

/**
 * What meetings does with governance's events (the state of the cases forum items became). The
 * handlers live in the module that owns the rule; this file only lists them.
 */
export const meetingsEventConsumer: EventConsumer = {
  handlers: {},
};
