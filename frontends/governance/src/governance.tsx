import { AppProviders, defineMessages, moduleErrorBoundary } from '@xiangzhi/platform';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { GovernanceApp } from './GovernanceApp';
import { GOVERNANCE_MESSAGES } from './messages';

defineMessages(GOVERNANCE_MESSAGES);

function GovernanceRoot() {
  return (
    <AppProviders>
      <GovernanceApp />
    </AppProviders>
  );
}

const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: GovernanceRoot,
  errorBoundary: moduleErrorBoundary,
});

// @xiangzhi/governance: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = lifecycles;
