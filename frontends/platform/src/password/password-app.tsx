import { moduleLifecycles } from '../react/moduleLifecycles';
import { ChangePasswordPage } from './ChangePasswordPage';

/** single-spa lifecycles of the change-password page; the shell mounts them at /password. */
export const passwordApp = moduleLifecycles(ChangePasswordPage);
