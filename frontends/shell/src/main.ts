import './shell.css';
import {
  CHANGE_PASSWORD_PATH,
  LOGIN_PATH,
  MODULE_ROUTES,
  getSession,
  restoreSession,
  subscribeLocale,
  subscribeSession,
  t,
} from '@xiangzhi/platform';
import { addErrorHandler, getAppStatus, registerApplication, start, type LifeCycles } from 'single-spa';
import { ShellLayout } from './layout';
import { isModuleActive, redirectFor, type RouteAccount } from './routes';
import { PUBLIC_PAGES, publicPageFor } from './public-pages';

const layout = new ShellLayout();

function account(): RouteAccount | null {
  return getSession()?.account ?? null;
}

function isLifeCycles(value: unknown): value is LifeCycles {
  if (typeof value !== 'object' || value === null) return false;
  return ['bootstrap', 'mount', 'unmount'].every((name) => name in value);
}

// Modules are fetched by bare name: the import map decides which URL (and which version) serves.
async function loadModule(specifier: string): Promise<LifeCycles> {
  const loaded: unknown = await import(/* @vite-ignore */ specifier);
  if (!isLifeCycles(loaded)) throw new Error(`${specifier} does not export bootstrap, mount and unmount`);
  return loaded;
}

// The login and password pages are separate parts of the platform (its build): the page preloads
// the login part, and the session check below starts without waiting for it.
registerApplication({
  name: 'login',
  app: () => import('@xiangzhi/platform/login').then((part) => part.loginApp),
  activeWhen: (location) => location.pathname === LOGIN_PATH && getSession() === null,
  customProps: { domElement: layout.pageContainer('login') },
});

registerApplication({
  name: 'password',
  app: () => import('@xiangzhi/platform/password').then((part) => part.passwordApp),
  activeWhen: (location) => location.pathname === CHANGE_PASSWORD_PATH && getSession() !== null,
  customProps: { domElement: layout.pageContainer('password') },
});

for (const page of PUBLIC_PAGES) {
  registerApplication({
    name: page.name,
    app: () => loadModule(page.specifier),
    activeWhen: (location) => publicPageFor(location.pathname) === page,
    customProps: { domElement: layout.pageContainer(page.name) },
  });
}

for (const route of MODULE_ROUTES) {
  registerApplication({
    name: route.appName,
    app: () => {
      layout.showStatus('loading', t('state.loading'));
      return loadModule(route.appName);
    },
    activeWhen: (location) => isModuleActive(location.pathname, account(), route.name),
    customProps: { domElement: layout.containerFor(route.appName) },
  });
}

addErrorHandler((error) => {
  console.warn(`[shell] ${error.appOrParcelName}:`, error);
  layout.showStatus('error', t('state.moduleLoadError'));
});

/** Sends the user where they may be; replaceState so Back does not bounce through redirects. */
function guard(): void {
  if (publicPageFor(window.location.pathname)) return;
  const target = redirectFor(window.location.pathname, window.location.search, account());
  if (target !== null && target !== window.location.pathname + window.location.search) {
    window.history.replaceState(null, '', target);
  }
}

function render(): void {
  layout.render(getSession(), window.location.pathname);
}

window.addEventListener('single-spa:before-routing-event', () => queueMicrotask(guard));
window.addEventListener('single-spa:routing-event', () => {
  render();
  if (MODULE_ROUTES.some((route) => getAppStatus(route.appName) === 'MOUNTED')) layout.hideStatus('loading');
});
subscribeSession(() => {
  guard();
  render();
});
subscribeLocale(render);

// A reload keeps the session (the refresh cookie): route only once the page knows who it is.
// a public page (a villager's phone) needs no session: it does not wait for one
if (!publicPageFor(window.location.pathname)) await restoreSession();
document.body.classList.remove('xz-restoring');
guard();
render();
start({ urlRerouteOnly: true });
