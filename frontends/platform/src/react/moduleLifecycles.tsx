import type { ComponentType } from 'react';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact, { type ReactAppOrParcel } from 'single-spa-react';
import { moduleErrorBoundary } from '../components/moduleErrorBoundary';
import { AppProviders } from './AppProviders';

/**
 * The single-spa lifecycles (`bootstrap`, `mount`, `unmount`) of a React root: wrapped in
 * `AppProviders` (antd locale and theme follow the platform language), with the platform's
 * error boundary. Every module's entry and the login page are made with it.
 */
export function moduleLifecycles(RootComponent: ComponentType): ReactAppOrParcel<object> {
  function ModuleRoot() {
    return (
      <AppProviders>
        <RootComponent />
      </AppProviders>
    );
  }
  return singleSpaReact({ React, ReactDOMClient, rootComponent: ModuleRoot, errorBoundary: moduleErrorBoundary });
}
