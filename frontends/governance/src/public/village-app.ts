import type { LifeCycles } from 'single-spa';
import { renderVillagePage } from './village-page';
import css from './village.css?inline';

const STYLE_ID = 'xz-public-village-style';

interface PageProps {
  domElement: HTMLElement;
}

let cleanUp: (() => void) | null = null;

/** 村务公开 at /public/village/<code>: single-spa lifecycles the shell mounts without a login; plain DOM, no antd. */
export const bootstrap: LifeCycles<PageProps>['bootstrap'] = async () => {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  document.head.append(style);
};

export const mount: LifeCycles<PageProps>['mount'] = async ({ domElement }) => {
  cleanUp?.();
  cleanUp = renderVillagePage(domElement, decodeURIComponent(window.location.pathname.split('/')[3] ?? ''));
};

export const unmount: LifeCycles<PageProps>['unmount'] = async () => {
  cleanUp?.();
  cleanUp = null;
};
