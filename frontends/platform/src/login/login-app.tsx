import { moduleLifecycles } from '../react/moduleLifecycles';
import { LoginPage } from './LoginPage';

/** single-spa lifecycles of the login page; the shell mounts them at /login. */
export const loginApp = moduleLifecycles(LoginPage);
