import { createModuleRouter, type RouteOf } from '@xiangzhi/platform';
import { BASE_PATH, ROUTES } from './routes';

export const meetingsRouter = createModuleRouter(BASE_PATH, ROUTES);

export type MeetingsRoute = RouteOf<typeof ROUTES>;

export { BASE_PATH };
export const { parse: parseRoute, path: routePath, useRoute, navigate, Link } = meetingsRouter;
