import { publicPageLifecycles } from './public-lifecycles';
import { renderVillagePage } from './village-page';
import css from './village.css?inline';

/** 村务公开 at /public/village/<code>: mounted by the shell without a login; plain DOM, no antd, no React DOM. */
export const { bootstrap, mount, unmount } = publicPageLifecycles('xz-public-village-style', css, 3, renderVillagePage);
