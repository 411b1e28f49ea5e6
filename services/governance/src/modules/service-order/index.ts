// Public API of the service-order module: 群众点单 service orders and the household's public code.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { service_orderModule } from './service-order.module.js';
export { ServiceOrder } from './service-order.entity.js';
export { ServiceOrderKind, ServiceOrderStatus } from './service-order.enums.js';
export { householdOrderUrl, liveCodes, publicBaseUrl } from './household-code.js';
export { PUBLIC_LIMITS } from './public-order.service.js';
export { loadServiceOrderDemo } from './service-order.demo.js';
