export { MyPointsResolver, PointEntryCapResolver } from './my-points.resolver.js';
export { MyPointsService, chinaMonth, parseMonth } from './my-points.service.js';
