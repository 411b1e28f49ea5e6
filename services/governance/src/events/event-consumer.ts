import type { EventConsumer } from '@xiangzhi/events';

/**
 * What governance does with other services' events (meetings' forum items become cases). The
 * handlers live in the module that owns the rule; this file only lists them.
 */
export const governanceEventConsumer: EventConsumer = {
  handlers: {},
};
