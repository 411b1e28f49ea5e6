import { AppProviders, defineMessages, moduleErrorBoundary } from '@xiangzhi/platform';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { MEETINGS_MESSAGES } from './messages';
import { MeetingsPage } from './pages/MeetingsPage';

defineMessages(MEETINGS_MESSAGES);

function MeetingsRoot() {
  return (
    <AppProviders>
      <MeetingsPage />
    </AppProviders>
  );
}

const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: MeetingsRoot,
  errorBoundary: moduleErrorBoundary,
});

// @xiangzhi/meetings: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = lifecycles;
