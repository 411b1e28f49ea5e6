import type { ReactElement } from 'react';
import * as React from 'react';
import * as ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { t } from '../instance';
import { LoginPage } from './LoginPage';
import css from './login.css?inline';

const STYLE_ID = 'xz-login-style';

/** The page's stylesheet, once: it travels inside this file (no request of its own). */
async function addStyle(): Promise<void> {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  document.head.append(style);
}

/** Like the modules' error boundary, without antd. */
function loginErrorBoundary(error: Error): ReactElement {
  return (
    <div role="alert" data-testid="module-error">
      <strong>{t('state.moduleError')}</strong> {error.message}
    </div>
  );
}

const lifecycles = singleSpaReact({
  React,
  ReactDOMClient,
  rootComponent: LoginPage,
  errorBoundary: loginErrorBoundary,
});

/**
 * single-spa lifecycles of the login page; the shell mounts them at /login. Not `moduleLifecycles`:
 * the login page is the first visit's page and loads no antd (no ConfigProvider around it).
 */
export const loginApp = { ...lifecycles, bootstrap: [addStyle, lifecycles.bootstrap] };
