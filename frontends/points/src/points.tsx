import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { POINTS_MESSAGES } from './messages';
import { MY_POINTS_MESSAGES } from './pages/MyPointsMessages';
import { PointsPages } from './pages/MyPointsNav';

defineMessages(POINTS_MESSAGES);
defineMessages(MY_POINTS_MESSAGES);

// @xiangzhi/points: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(PointsPages);
