import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../src/graphql/graphql-error';
import type { CrossTabLock, SessionChannel, SessionMessage } from '../src/session/session-channel';
import { SessionStore } from '../src/session/session-store';
import type { Session } from '../src/session/session-types';
import { authPayload, errorPayload, fakeTransport, operation } from './fake-transport';

const MINUTE = 60_000;
const START = new Date('2026-03-01T08:00:00Z');

function expiry(minutes: number): Date {
  return new Date(Date.now() + minutes * MINUTE);
}

/** Tabs of one browser: each channel hears the others (asynchronously, like BroadcastChannel). */
function browserTabs() {
  const members = new Set<(message: SessionMessage) => void>();
  let chain: Promise<unknown> = Promise.resolve();
  const lock: CrossTabLock = (task) => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  const channel = (): SessionChannel => {
    let mine: ((message: SessionMessage) => void) | null = null;
    return {
      post: (message) => {
        for (const member of members) if (member !== mine) queueMicrotask(() => member(structuredClone(message)));
      },
      subscribe(listener) {
        mine = listener;
        members.add(listener);
        return () => members.delete(listener);
      },
    };
  };
  return { lock, channel };
}

describe('SessionStore: tokens in memory, refresh token in a cookie', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('logs in in cookie mode and keeps the session in memory only', async () => {
    const { transport, calls } = fakeTransport(() => authPayload('login', 1, expiry(15)));
    const store = new SessionStore({ transport });
    const seen: (Session | null)[] = [];
    store.subscribe((session) => seen.push(session));

    const session = await store.login('secretary_1', 'Xiangzhi@2026');

    expect(calls[0]).toMatchObject({
      variables: { username: 'secretary_1', password: 'Xiangzhi@2026' },
      cookieSession: true,
    });
    expect(calls[0].token).toBeUndefined();
    expect(session.accessToken).toBe('access-1');
    expect(session.refreshToken).toBeNull();
    expect(session.account.permissions).toEqual(['REGISTER_READ', 'MEETING_READ', 'POINTS_READ']);
    expect(seen.map((item) => item?.accessToken)).toEqual(['access-1']);
    // another page load starts with nothing until the cookie is tried
    expect(new SessionStore({ transport }).current()).toBeNull();
  });

  it('restores the session after a reload by refreshing through the cookie, without a token variable', async () => {
    const { transport, calls } = fakeTransport(() => authPayload('refresh', 2, expiry(15)));
    const store = new SessionStore({ transport });
    const restored = await store.restore();
    expect(restored?.accessToken).toBe('access-2');
    expect(calls.map(operation)).toEqual(['Refresh']);
    expect(calls[0]).toMatchObject({ variables: {}, cookieSession: true });
    expect(calls[0].query).toContain('$refreshToken: String)');
    // once per page: later calls share the answer
    await store.restore();
    expect(calls).toHaveLength(1);
  });

  it('restores nothing and shows no notice when there is no cookie', async () => {
    const { transport } = fakeTransport(() => errorPayload('UNAUTHENTICATED', '请先登录'));
    const store = new SessionStore({ transport });
    expect(await store.restore()).toBeNull();
    expect(store.current()).toBeNull();
    expect(store.signOutReason()).toBeNull();
  });

  it('waits for the restore before giving an access token to the first requests', async () => {
    const { transport } = fakeTransport(() => authPayload('refresh', 3, expiry(15)));
    const store = new SessionStore({ transport });
    void store.restore();
    expect(await store.getValidAccessToken()).toBe('access-3');
  });

  it('sends the refresh token from memory only when the server gave one (no cookie support)', async () => {
    let n = 1;
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15), { withToken: true })
        : authPayload('refresh', ++n, expiry(15), { withToken: true }),
    );
    const store = new SessionStore({ transport });
    await store.login('u', 'p');
    await store.refresh();
    expect(calls[1].variables).toEqual({ refreshToken: 'refresh-1' });
    expect(store.current()?.refreshToken).toBe('refresh-2');
  });

  it('refreshes proactively before the access token expires', async () => {
    let n = 1;
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : authPayload('refresh', ++n, expiry(15)),
    );
    const store = new SessionStore({ transport, refreshLeadMs: MINUTE });
    await store.login('u', 'p');

    await vi.advanceTimersByTimeAsync(13 * MINUTE);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1 * MINUTE + 1);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
    expect(calls[1]).toMatchObject({ variables: {}, cookieSession: true });
    expect(store.current()?.accessToken).toBe('access-2');

    await vi.advanceTimersByTimeAsync(14 * MINUTE + 1);
    expect(store.current()?.accessToken).toBe('access-3');
  });

  it('never refreshes in a loop when tokens live shorter than the lead time', async () => {
    let n = 0;
    const { transport, calls } = fakeTransport(() => authPayload(n++ === 0 ? 'login' : 'refresh', n, expiry(1)));
    const store = new SessionStore({ transport, refreshLeadMs: 5 * MINUTE });
    await store.login('u', 'p');
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toHaveLength(2);
  });

  it('times refreshes by the token’s own lifetime when the device clock is 20 minutes ahead', async () => {
    const serverNow = () => Date.now() - 20 * MINUTE;
    let n = 0;
    const jwt = () => {
      const iat = Math.floor(serverNow() / 1000);
      const claims = btoa(JSON.stringify({ iat, exp: iat + 15 * 60 })).replace(/=+$/, '');
      return `eyJhbGciOiJFZERTQSJ9.${claims}.sig-${++n}`;
    };
    const { transport, calls } = fakeTransport((request) => {
      const payload = authPayload(
        operation(request) === 'Login' ? 'login' : 'refresh',
        0,
        new Date(serverNow() + 15 * MINUTE),
      );
      const data = payload.data as Record<string, Record<string, unknown>>;
      for (const auth of Object.values(data)) auth.accessToken = jwt();
      return payload;
    });
    const store = new SessionStore({ transport, refreshLeadMs: MINUTE });
    await store.login('u', 'p');
    await vi.advanceTimersByTimeAsync(13 * MINUTE);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1 * MINUTE + 1);
    expect(calls).toHaveLength(2);
    expect(await store.getValidAccessToken()).toMatch(/sig-2$/);
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
    const store = new SessionStore({ transport });
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
    const store = new SessionStore({ transport });
    await store.login('u', 'p');
    await store.refresh('access-1');
    const again = await store.refresh('access-1');
    expect(again?.accessToken).toBe('access-2');
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
  });

  it('ends the session, saying it expired, when the server refuses the refresh', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15))
        : errorPayload('UNAUTHENTICATED', '登录已过期'),
    );
    const store = new SessionStore({ transport });
    const seen: (Session | null)[] = [];
    await store.login('u', 'p');
    store.subscribe((session) => seen.push(session));

    expect(await store.refresh()).toBeNull();
    expect(store.current()).toBeNull();
    expect(seen).toEqual([null]);
    expect(store.signOutReason()).toBe('expired');
  });

  it('ends the session on any token-specific refusal such as INVALID_REFRESH_TOKEN', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15))
        : errorPayload('INVALID_REFRESH_TOKEN', '登录已失效，请重新登录'),
    );
    const store = new SessionStore({ transport });
    await store.login('u', 'p');
    expect(await store.refresh()).toBeNull();
    expect(store.current()).toBeNull();
  });

  it('keeps the session when the gateway is down during a refresh', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15))
        : errorPayload('GATEWAY_UNAVAILABLE', '网关暂时不可用'),
    );
    const store = new SessionStore({ transport });
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
    const store = new SessionStore({ transport, retryDelayMs: 10_000 });
    await store.login('u', 'p');

    await vi.advanceTimersByTimeAsync(14 * MINUTE + 1);
    expect(calls).toHaveLength(2);
    expect(store.current()?.accessToken).toBe('access-1');

    offline = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(3);
    expect(store.current()?.accessToken).toBe('access-2');
  });

  it('logs out on the server first (revoking the refresh token), then here', async () => {
    let answer: () => void = () => undefined;
    const { transport, calls } = fakeTransport((request) => {
      if (operation(request) === 'Login') return authPayload('login', 1, expiry(15));
      return new Promise((resolve) => (answer = () => resolve({ data: { logout: true }, errors: [] })));
    });
    const store = new SessionStore({ transport });
    await store.login('u', 'p');

    const done = store.logout();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]).toMatchObject({ variables: {}, token: 'access-1', cookieSession: true });
    expect(operation(calls[1])).toBe('Logout');
    expect(store.current()?.accessToken).toBe('access-1');
    answer();
    await done;
    expect(store.current()).toBeNull();
    expect(store.signOutReason()).toBe('user');
  });

  it('says "idle", not "expired", when a refresh fails because the idle logout revoked the session', async () => {
    let releaseRefresh: () => void = () => undefined;
    const { transport } = fakeTransport(async (request) => {
      if (operation(request) === 'Login') return authPayload('login', 1, expiry(15));
      if (operation(request) === 'Refresh') {
        await new Promise<void>((resolve) => (releaseRefresh = resolve));
        return errorPayload('INVALID_REFRESH_TOKEN', '登录已失效，请重新登录');
      }
      return { data: { logout: true }, errors: [] };
    });
    const store = new SessionStore({ transport });
    await store.login('u', 'p');
    const reasons: (string | null)[] = [];
    store.subscribe(() => reasons.push(store.signOutReason()));
    const refreshing = store.refresh();
    const leaving = store.logout('idle');
    releaseRefresh();
    await Promise.all([refreshing, leaving]);
    expect(reasons).toEqual(['idle']);
  });

  it('signs out even when the server cannot be reached for the logout', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : new Promise(() => undefined),
    );
    const store = new SessionStore({ transport, logoutTimeoutMs: 3_000 });
    await store.login('u', 'p');
    const done = store.logout('idle');
    await vi.advanceTimersByTimeAsync(3_000);
    await done;
    expect(store.current()).toBeNull();
    expect(store.signOutReason()).toBe('idle');
  });

  it('changes the password and takes the new session the server answers with', async () => {
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15), { account: { mustChangePassword: true } })
        : authPayload('changePassword', 2, expiry(15)),
    );
    const store = new SessionStore({ transport });
    expect((await store.login('u', 'Temp@12345678')).account.mustChangePassword).toBe(true);
    const session = await store.changePassword('Temp@12345678', 'Better#Pass2026');
    expect(calls[1]).toMatchObject({
      variables: { currentPassword: 'Temp@12345678', newPassword: 'Better#Pass2026' },
      token: 'access-1',
      cookieSession: true,
    });
    expect(session.account.mustChangePassword).toBe(false);
    expect(store.current()?.accessToken).toBe('access-2');
  });

  it('rejects a weak new password with the server error naming the field, keeping the session', async () => {
    const { transport } = fakeTransport((request) =>
      operation(request) === 'Login'
        ? authPayload('login', 1, expiry(15))
        : {
            data: null,
            errors: [new GraphQLRequestError({ code: 'WEAK_PASSWORD', message: '密码太简单', field: 'newPassword' })],
          },
    );
    const store = new SessionStore({ transport });
    await store.login('u', 'p');
    await expect(store.changePassword('p', 'abc')).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
      field: 'newPassword',
    });
    expect(store.current()?.accessToken).toBe('access-1');
  });
});

describe('SessionStore across tabs (one cookie, BroadcastChannel, Web Locks)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(START);
  });
  afterEach(() => vi.useRealTimers());

  it('lets two tabs refresh at once with one request: the second takes the first one’s session', async () => {
    const tabs = browserTabs();
    let n = 1;
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : authPayload('refresh', ++n, expiry(15)),
    );
    const a = new SessionStore({ transport, channel: tabs.channel(), lock: tabs.lock });
    const b = new SessionStore({ transport, channel: tabs.channel(), lock: tabs.lock });
    await a.login('u', 'p');
    await vi.advanceTimersByTimeAsync(0);
    expect(b.current()?.accessToken).toBe('access-1');

    vi.setSystemTime(Date.now() + 14.5 * MINUTE);
    const [fromA, fromB] = await Promise.all([a.refresh(), b.refresh()]);
    expect(calls.filter((call) => operation(call) === 'Refresh')).toHaveLength(1);
    expect(fromA?.accessToken).toBe('access-2');
    expect(fromB?.accessToken).toBe('access-2');
  });

  it('signs every tab out, with the reason, when one logs out', async () => {
    const tabs = browserTabs();
    const { transport, calls } = fakeTransport((request) =>
      operation(request) === 'Login' ? authPayload('login', 1, expiry(15)) : { data: { logout: true }, errors: [] },
    );
    const a = new SessionStore({ transport, channel: tabs.channel(), lock: tabs.lock });
    const b = new SessionStore({ transport, channel: tabs.channel(), lock: tabs.lock });
    await a.login('u', 'p');
    await vi.advanceTimersByTimeAsync(0);
    await a.logout('idle');
    await vi.advanceTimersByTimeAsync(0);
    expect(b.current()).toBeNull();
    expect(b.signOutReason()).toBe('idle');
    expect(calls.filter((call) => operation(call) === 'Logout')).toHaveLength(1);
  });
});
