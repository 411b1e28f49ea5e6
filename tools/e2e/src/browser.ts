// Debian chromium through playwright-core, and a page that records what the tests assert on
// besides the DOM: console errors, uncaught exceptions, and every React DOM renderer that
// registers itself (one per copy of react-dom on the page).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const DESKTOP = { width: 1366, height: 860 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: npm test installs it (apt-get install chromium fonts-noto-cjk) when run as root`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** console.error lines and uncaught exceptions, in order. */
  errors: string[];
  /** Versions of the React DOM renderers that registered on the current document. */
  reactRenderers(): Promise<string[]>;
  /** URLs of every script the page fetched. */
  scripts: string[];
  /** Saves <dir>/<name>.png (the viewport) and returns the path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

interface HookWindow {
  __xzRenderers?: string[];
}

export interface PageOptions {
  viewport: { width: number; height: number };
  baseUrl: string;
  screenshotDir: string;
  /** Phone-like: touch and a mobile user agent hint, as on a village secretary's phone. */
  mobile?: boolean;
}

export async function watchedPage(browser: Browser, options: PageOptions): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport,
    baseURL: options.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    deviceScaleFactor: 1,
  });
  // Every copy of react-dom injects itself into the devtools hook when one exists: count them.
  await context.addInitScript(() => {
    const renderers: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    w.__xzRenderers = renderers;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map<number, unknown>(),
      inject(renderer: { version?: string }) {
        renderers.push(renderer.version ?? 'unknown');
        return renderers.length;
      },
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      onScheduleFiberRoot() {},
      setStrictMode() {},
      checkDCE() {},
    };
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await mkdir(options.screenshotDir, { recursive: true });
  return {
    context,
    page,
    errors,
    scripts,
    reactRenderers: () => page.evaluate(() => (window as unknown as HookWindow).__xzRenderers ?? []),
    async screenshot(name) {
      const path = join(options.screenshotDir, `${name}.png`);
      // transitions (a radio's dot, a tab's ink bar) finish first: the picture shows the settled state
      await page.screenshot({ path, animations: 'disabled' });
      return path;
    },
    close: () => context.close(),
  };
}

/** Fills the login form and submits it. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
