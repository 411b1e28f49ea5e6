import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { POINTS_MESSAGES } from './messages';
import { LeaderboardPage } from './pages/LeaderboardPage';

defineMessages(POINTS_MESSAGES);

// @xiangzhi/points: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(LeaderboardPage);
