import { createModuleRouter, type RouteOf } from '@xiangzhi/platform';
import { BASE_PATH, ROUTES } from './routes';

export const pointsRouter = createModuleRouter(BASE_PATH, ROUTES);

export type PointsRoute = RouteOf<typeof ROUTES>;

export { BASE_PATH };
export const { parse: parseRoute, path: routePath, useRoute, navigate, Link } = pointsRouter;
