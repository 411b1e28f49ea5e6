import {
  CHANGE_PASSWORD_PATH,
  LOGIN_PATH,
  getLocale,
  logout,
  setLocale,
  t,
  visibleModules,
  type Session,
} from '@xiangzhi/platform';
import { navigateToUrl } from 'single-spa';
import { publicPageFor } from './public-pages';

function byTestId<T extends HTMLElement>(testId: string): T {
  const element = document.querySelector<T>(`[data-testid="${testId}"]`);
  if (!element) throw new Error(`shell: index.html lacks [data-testid="${testId}"]`);
  return element;
}

/** In-app navigation for plain clicks; ctrl/cmd/middle clicks still open a new tab. */
function followLink(event: MouseEvent, link: HTMLAnchorElement): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigateToUrl(link.href);
}

export type StatusKind = 'loading' | 'error' | 'no-modules';

/** Pages without the frame (signing in, setting a password): full screen, one at a time. */
const FRAMELESS_PATHS: readonly string[] = [LOGIN_PATH, CHANGE_PASSWORD_PATH];

/** The frame around the modules: header, permission-based nav, content area, status line. */
export class ShellLayout {
  readonly content = byTestId<HTMLElement>('content');
  readonly loginRoot = byTestId<HTMLElement>('login-root');
  private readonly nav = byTestId<HTMLElement>('nav');
  private readonly user = byTestId<HTMLElement>('header-user');
  private readonly statuses = {
    loading: byTestId<HTMLElement>('shell-loading'),
    error: byTestId<HTMLElement>('module-load-error'),
    'no-modules': byTestId<HTMLElement>('no-modules'),
  };
  private readonly containers = new Map<string, HTMLElement>();

  constructor() {
    byTestId<HTMLButtonElement>('language-switch').addEventListener('click', () => {
      setLocale(getLocale() === 'zh-CN' ? 'en-US' : 'zh-CN');
    });
    const logoutButton = byTestId<HTMLButtonElement>('logout');
    logoutButton.addEventListener('click', () => {
      logoutButton.disabled = true;
      void logout().finally(() => {
        logoutButton.disabled = false;
      });
    });
    byTestId<HTMLButtonElement>('change-password').addEventListener('click', () => navigateToUrl(CHANGE_PASSWORD_PATH));
    const brand = byTestId<HTMLAnchorElement>('brand');
    brand.addEventListener('click', (event) => followLink(event, brand));
  }

  /** A container for a frameless page (login, password) inside the full-screen root. */
  pageContainer(name: string): HTMLElement {
    const element = document.createElement('div');
    element.id = `xz-page-${name}`;
    this.loginRoot.append(element);
    return element;
  }

  /** One container per application so a module mounting never touches another's DOM. */
  containerFor(appName: string): HTMLElement {
    let element = this.containers.get(appName);
    if (!element) {
      element = document.createElement('div');
      element.id = `single-spa-application:${appName}`;
      this.content.append(element);
      this.containers.set(appName, element);
    }
    return element;
  }

  render(session: Session | null, pathname: string): void {
    document.body.classList.toggle('xz-route-login', FRAMELESS_PATHS.includes(pathname) || !!publicPageFor(pathname));
    document.body.classList.toggle('xz-signed-out', session === null);
    document.title = t('app.name');
    for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n ?? '');
    }
    byTestId('language-switch').setAttribute('aria-label', t('header.languageLabel'));
    const account = session?.account;
    this.user.textContent = account ? [account.displayName, account.region?.name].filter(Boolean).join(' · ') : '';
    this.renderNav(session, pathname);
    const hasModules = session !== null && visibleModules(session.account.permissions).length > 0;
    if (session && !hasModules) this.showStatus('no-modules', t('nav.none'));
    else this.statuses['no-modules'].hidden = true;
  }

  /** One status line at a time above the modules: loading, load error, or "no module". */
  showStatus(kind: StatusKind, message: string): void {
    for (const [name, element] of Object.entries(this.statuses)) element.hidden = name !== kind;
    this.statuses[kind].textContent = message;
  }

  hideStatus(kind?: StatusKind): void {
    for (const [name, element] of Object.entries(this.statuses)) if (!kind || name === kind) element.hidden = true;
  }

  private renderNav(session: Session | null, pathname: string): void {
    const routes = session && !session.account.mustChangePassword ? visibleModules(session.account.permissions) : [];
    const links = routes.map((route) => {
      const link = document.createElement('a');
      link.href = route.path;
      link.textContent = t(route.labelKey);
      link.dataset.testid = `nav-${route.name}`;
      const active = pathname === route.path || pathname.startsWith(`${route.path}/`);
      link.classList.toggle('xz-active', active);
      if (active) link.setAttribute('aria-current', 'page');
      link.addEventListener('click', (event) => followLink(event, link));
      return link;
    });
    this.nav.replaceChildren(...links);
    this.nav.querySelector('.xz-active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
