import type { GovernanceModule } from '../../module.js';
import { HouseholdCode, PublicThrottle } from './household-code.entity.js';
import { ServiceOrder } from './service-order.entity.js';
import { ServiceOrderResolver } from './service-order.resolver.js';
import { PublicOrderResolver } from './public-order.resolver.js';

/** 群众点单—网格下单—党员接单: service orders, the household codes of the QR page and its public API. */
export const service_orderModule: GovernanceModule = {
  entities: [ServiceOrder, HouseholdCode, PublicThrottle],
  resolvers: [ServiceOrderResolver, PublicOrderResolver],
  references: {},
};
