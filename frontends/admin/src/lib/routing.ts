import { createModuleRouter, type RouteOf } from '@xiangzhi/platform';
import { BASE_PATH, ROUTES } from './routes';

export const adminRouter = createModuleRouter(BASE_PATH, ROUTES);

export type AdminRoute = RouteOf<typeof ROUTES>;
export type AdminPage = AdminRoute['page'];

export { BASE_PATH };
export const { parse: parseRoute, path: routePath, useRoute, navigate, Link } = adminRouter;
