import { defineMessages, moduleLifecycles } from '@xiangzhi/platform';
import { GovernanceApp } from './GovernanceApp';
import { GOVERNANCE_MESSAGES } from './messages';

defineMessages(GOVERNANCE_MESSAGES);

// @xiangzhi/governance: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = moduleLifecycles(GovernanceApp);
