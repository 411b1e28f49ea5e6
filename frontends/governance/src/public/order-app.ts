import { publicPageLifecycles } from './public-lifecycles';
import { renderOrderPage } from './order-page';
import css from './order.css?inline';

/**
 * 群众点单 at /s/<code> (the QR code of the household's contact card): mounted by the shell without a
 * login. Plain DOM and its own small stylesheet: a phone on a slow link loads this file only (no React
 * DOM, no antd, nothing of the governance module).
 */
export const { bootstrap, mount, unmount } = publicPageLifecycles('xz-public-order-style', css, 2, renderOrderPage);
