import { AppProviders, defineMessages, moduleErrorBoundary } from '@xiangzhi/platform';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { POINTS_MESSAGES } from './messages';
import { LeaderboardPage } from './pages/LeaderboardPage';

defineMessages(POINTS_MESSAGES);

function PointsRoot() {
  return (
    <AppProviders>
      <LeaderboardPage />
    </AppProviders>
  );
}

const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: PointsRoot,
  errorBoundary: moduleErrorBoundary,
});

// @xiangzhi/points: the module's only public entry (single-spa lifecycles).
export const { bootstrap, mount, unmount } = lifecycles;
