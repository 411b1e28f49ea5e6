import type { LifeCycles } from 'single-spa';
import { renderLoginPage } from './login-page';
import css from './login.css?inline';

const STYLE_ID = 'xz-login-style';

interface LoginProps {
  /** The shell's container of the login page. */
  domElement: HTMLElement;
}

let cleanUp: (() => void) | null = null;

/**
 * single-spa lifecycles of the login page; the shell mounts them at /login. Plain DOM, not
 * `moduleLifecycles`: the first visit's page loads neither React DOM nor antd.
 */
export const loginApp: LifeCycles<LoginProps> = {
  // the page's stylesheet travels inside this file (no request of its own)
  bootstrap: async () => {
    if (document.getElementById(STYLE_ID)) return;
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = css;
    document.head.append(style);
  },
  mount: async ({ domElement }) => {
    cleanUp?.();
    cleanUp = renderLoginPage(domElement);
  },
  unmount: async () => {
    cleanUp?.();
    cleanUp = null;
  },
};
