import { createModuleRouter, type RouteOf } from '@xiangzhi/platform';
import { BASE_PATH, ROUTES } from './routes';

export const governanceRouter = createModuleRouter(BASE_PATH, ROUTES);

export type GovernanceRoute = RouteOf<typeof ROUTES>;
export type PageName = GovernanceRoute['page'];

export { BASE_PATH };
export const { parse: parseRoute, path: routePath, useRoute, navigate, Link } = governanceRouter;
