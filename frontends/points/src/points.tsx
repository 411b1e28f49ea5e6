import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { POINTS_MESSAGES } from './messages';
import { MY_POINTS_MESSAGES } from './pages/MyPointsMessages';
import { POINTS_ADMIN_MESSAGES } from './pages/PointsAdminMessages';
import { PointsPages } from './pages/MyPointsNav';
import { RANKING_MESSAGES } from './pages/RankingMessages';

defineMessages(POINTS_MESSAGES);
defineMessages(MY_POINTS_MESSAGES);
defineMessages(POINTS_ADMIN_MESSAGES);
defineMessages(RANKING_MESSAGES);

// @xiangzhi/points: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(PointsPages);
