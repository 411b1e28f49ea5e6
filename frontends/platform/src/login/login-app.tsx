import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { moduleErrorBoundary } from '../components/moduleErrorBoundary';
import { AppProviders } from '../react/AppProviders';
import { LoginPage } from './LoginPage';

function LoginRoot() {
  return (
    <AppProviders>
      <LoginPage />
    </AppProviders>
  );
}

/** single-spa lifecycles of the login page; the shell mounts them at /login. */
export const loginApp = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: LoginRoot,
  errorBoundary: moduleErrorBoundary,
});
