// The throttled phone of issue 7: 400 ms round trip, 400 kbit/s each way, a CPU four times slower,
// a 390×844 touch screen. Applied through the Chrome DevTools Protocol to one page.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const PHONE_PROFILE = {
  latencyMs: 400,
  /** 400 kbit/s = 50,000 bytes per second. */
  bytesPerSecond: 50_000,
  cpuSlowdown: 4,
  viewport: { width: 390, height: 844 },
} as const;

/** What went over the network after throttling: each answer not taken from the cache. */
export interface NetworkLog {
  fetched: { url: string; status: number }[];
}

/** Throttles the page's network and CPU (before its first navigation); logs what goes over the network. */
export async function throttle(context: BrowserContext, page: Page): Promise<NetworkLog> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.bytesPerSecond,
    uploadThroughput: PHONE_PROFILE.bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  return logNetwork(cdp);
}

function logNetwork(cdp: CDPSession): NetworkLog {
  const log: NetworkLog = { fetched: [] };
  cdp.on('Network.responseReceived', (event) => {
    const { response } = event;
    if (response.fromDiskCache || response.fromPrefetchCache || response.fromServiceWorker) return;
    if (response.url.startsWith('data:')) return;
    log.fetched.push({ url: response.url, status: response.status });
  });
  return log;
}

/** Empties the context's HTTP cache (cookies stay): the next load is a first visit of that page. */
export async function clearCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

interface MarkWindow {
  __xzSeen?: Record<string, number>;
}

/**
 * Records, in the page, when an element with each test id first appears (performance.now(), ms
 * since the navigation started), so polling from the test does not add to the figure.
 */
export async function watchFirstAppearance(context: BrowserContext, testIds: readonly string[]): Promise<void> {
  // a string, not a function: tsx would wrap inner functions in a __name() helper the page lacks
  await context.addInitScript(`(() => {
    const ids = ${JSON.stringify(testIds)};
    const seen = (window.__xzSeen = {});
    const check = () => {
      for (const id of ids) {
        if (seen[id] !== undefined) continue;
        const el = document.querySelector('[data-testid="' + id + '"]');
        // usable: laid out (visible) and, for inputs and buttons, enabled
        if (el instanceof HTMLElement && el.offsetParent !== null && !el.disabled) seen[id] = performance.now();
      }
    };
    // styles arrive through the CSSOM (no mutation), so look once a frame as well
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    const everyFrame = () => {
      check();
      if (ids.some((id) => seen[id] === undefined)) requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  })();`);
}

/** When `testId` first appeared (ms since navigation start), waiting for it if needed. */
export async function appearedAt(page: Page, testId: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction((id: string) => (window as unknown as MarkWindow).__xzSeen?.[id], testId, {
    timeout: timeoutMs,
    polling: 50,
  });
  return Number(await handle.jsonValue());
}

export interface ScriptBytes {
  /** Scripts the page fetched, each with its size gzipped (level 6, what the static server sends). */
  files: { url: string; gzipped: number }[];
  gzipped: number;
}

/** Collects every script the page loads from now on; read it with the returned function. */
export function recordScripts(page: Page): () => Promise<ScriptBytes> {
  const pending: Promise<{ url: string; gzipped: number } | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gzipped: gzipSync(body, { level: 6 }).length }))
        .catch(() => null),
    );
  });
  return async () => {
    const files = (await Promise.all(pending)).filter((f): f is { url: string; gzipped: number } => f !== null);
    const unique = [...new Map(files.map((f) => [f.url, f])).values()];
    return { files: unique, gzipped: unique.reduce((sum, f) => sum + f.gzipped, 0) };
  };
}
