import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { MEETINGS_MESSAGES } from './messages';
import { MeetingsApp } from './MeetingsApp';

defineMessages(MEETINGS_MESSAGES);

// @xiangzhi/meetings: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(MeetingsApp);
