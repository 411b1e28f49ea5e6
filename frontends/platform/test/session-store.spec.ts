import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionStore } from '../src/session/session-store';
import type { Session } from '../src/session/session-types';
import { MemoryStorage } from '../src/storage';
import { authPayload, errorPayload, fakeTransport, operation } from './fake-transport';

const MINUTE = 60_000;
const START = new Date('2026-03-01T08:00:00Z');

function expiry(minutes: number): Date {
  return new Date(Date.now() + minutes * MINUTE);
}

describe('SessionStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('logs in, persists the tokens and notifies subscribers', async () => {
    const storage = new MemoryStorage();
    const { transport, calls } = fakeTransport(() => authPayload('login', 1, expiry(15)));
    const store = new SessionStore({ storage, transport });
    const seen: (Session | null)[] = [];
    store.subscribe((session) => seen.push(session));

    const session = await store.login('secretary_1', 'Xiangzhi@2026');

    expect(calls[0].variables).toEqual({ username: 'secretary_1', password: 'Xiangzhi@2026' });
    expect(calls[0].token).toBeUndefined();
    expect(session.accessToken).toBe('access-1');
    expect(seen.map((item) => item?.accessToken)).toEqual(['access-1']);
    expect(JSON.parse(storage.getItem('xiangzhi.session') ?? '{}').refreshToken).toBe('refresh-1');
    expect(new SessionStore({ storage, transport }).current()?.account.displayName).toBe('王书记');
  });

  it('rejects with the server error and keeps no session when login fails', async () => {
    const { transport } = fakeTransport(() => errorPayload('BAD_USER_INPUT', '用户名或密码错误'));
    const store = new SessionStore({ storage: new MemoryStorage(), transport });
    await expect(store.login('x', 'y')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: '用户名或密码错误' });
    expect(store.current()).toBeNull();
  });

  it('refreshes proactively before the access token expires', async () => {
    let n = 1;
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : authPayload('refresh', ++n, expiry(15)),
    );
    const store = new SessionStore({ storage: new MemoryStorage(), transport, refreshLeadMs: MINUTE });
    await store.login('u', 'p');

    await vi.advanceTimersByTimeAsync(13 * MINUTE);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1 * MINUTE + 1);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
    expect(calls[1].variables).toEqual({ refreshToken: 'refresh-1' });
    expect(store.current()?.accessToken).toBe('access-2');

    // The rotated token is refreshed again on the same schedule.
    await vi.advanceTimersByTimeAsync(14 * MINUTE + 1);
    expect(store.current()?.accessToken).toBe('access-3');
  });

  it('never refreshes in a loop when tokens live shorter than the lead time', async () => {
    let n = 0;
    const { transport, calls } = fakeTransport(() => authPayload(n++ === 0 ? 'login' : 'refresh', n, expiry(1)));
    const store = new SessionStore({ storage: new MemoryStorage(), transport, refreshLeadMs: 5 * MINUTE });
    await store.login('u', 'p');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
  });

  it('shares one refresh between concurrent callers', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { transport, calls } = fakeTransport(async (request) => {
      if (operation(request) === 'Login') return authPayload('login', 1, expiry(15));
      await gate;
      return authPayload('refresh', 2, expiry(15));
    });
    const store = new SessionStore({ storage: new MemoryStorage(), transport });
    await store.login('u', 'p');

    const both = Promise.all([store.refresh(), store.refresh()]);
    release();
    const [a, b] = await both;
    expect(a?.accessToken).toBe('access-2');
    expect(b).toBe(a);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
  });

  it('returns the current session to a caller whose token was already replaced', async () => {
    let n = 1;
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : authPayload('refresh', ++n, expiry(15)),
    );
    const store = new SessionStore({ storage: new MemoryStorage(), transport });
    await store.login('u', 'p');
    await store.refresh('access-1');
    const again = await store.refresh('access-1');
    expect(again?.accessToken).toBe('access-2');
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
  });

  it('ends the session when the server refuses the refresh token', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : errorPayload('UNAUTHENTICATED', '登录已过期'),
    );
    const storage = new MemoryStorage();
    const store = new SessionStore({ storage, transport });
    const seen: (Session | null)[] = [];
    await store.login('u', 'p');
    store.subscribe((session) => seen.push(session));

    expect(await store.refresh()).toBeNull();
    expect(store.current()).toBeNull();
    expect(seen).toEqual([null]);
    expect(storage.getItem('xiangzhi.session')).toBeNull();
  });

  it('ends the session on any token-specific refusal such as INVALID_REFRESH_TOKEN', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : errorPayload('INVALID_REFRESH_TOKEN', '登录已失效，请重新登录'),
    );
    const store = new SessionStore({ storage: new MemoryStorage(), transport });
    await store.login('u', 'p');
    expect(await store.refresh()).toBeNull();
    expect(store.current()).toBeNull();
  });

  it('keeps the session when the gateway is down during a refresh', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : errorPayload('GATEWAY_UNAVAILABLE', '网关暂时不可用'),
    );
    const store = new SessionStore({ storage: new MemoryStorage(), transport });
    await store.login('u', 'p');
    await expect(store.refresh()).rejects.toMatchObject({ code: 'GATEWAY_UNAVAILABLE' });
    expect(store.current()?.accessToken).toBe('access-1');
  });

  it('keeps the session and retries later when the refresh fails for a network reason', async () => {
    let offline = true;
    const { transport, calls } = fakeTransport((request) => {
      if (operation(request) === 'Login') return authPayload('login', 1, expiry(15));
      return offline ? errorPayload('NETWORK_ERROR', '网络连接失败') : authPayload('refresh', 2, expiry(15));
    });
    const store = new SessionStore({ storage: new MemoryStorage(), transport, retryDelayMs: 10_000 });
    await store.login('u', 'p');

    await vi.advanceTimersByTimeAsync(14 * MINUTE + 1);
    expect(calls).toHaveLength(2);
    expect(store.current()?.accessToken).toBe('access-1');

    offline = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(3);
    expect(store.current()?.accessToken).toBe('access-2');
  });

  it('adopts the session of another tab that rotated the refresh token first', async () => {
    const storage = new MemoryStorage();
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : errorPayload('UNAUTHENTICATED'),
    );
    const store = new SessionStore({ storage, transport });
    await store.login('u', 'p');
    const otherTab = { ...store.current(), accessToken: 'access-9', refreshToken: 'refresh-9', expiresAt: expiry(15).toISOString() };
    storage.setItem('xiangzhi.session', JSON.stringify(otherTab));

    store.syncFromStorage();
    expect(store.current()?.accessToken).toBe('access-9');
  });

  it('gives a fresh token from getValidAccessToken when the current one is about to expire', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : authPayload('refresh', 2, expiry(15)),
    );
    const store = new SessionStore({ storage: new MemoryStorage(), transport, refreshLeadMs: MINUTE });
    await store.login('u', 'p');
    expect(await store.getValidAccessToken()).toBe('access-1');
    vi.setSystemTime(Date.now() + 14.5 * MINUTE);
    expect(await store.getValidAccessToken()).toBe('access-2');
  });

  it('treats corrupted storage as no session', () => {
    const storage = new MemoryStorage();
    storage.setItem('xiangzhi.session', '{not json');
    const { transport } = fakeTransport(() => errorPayload('X'));
    expect(new SessionStore({ storage, transport }).current()).toBeNull();
  });
});
