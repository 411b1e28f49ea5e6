import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { AdminApp } from './AdminApp';
import { ADMIN_MESSAGES } from './messages';

defineMessages(ADMIN_MESSAGES);

// @xiangzhi/admin: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(AdminApp);
