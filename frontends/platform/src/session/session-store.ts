import { GraphQLRequestError, endsSession } from '../graphql/graphql-error';
import type { GraphQLPayload, GraphQLTransport } from '../graphql/transport';
import type { CrossTabLock, SessionChannel, SessionMessage, SignOutReason } from './session-channel';
import {
  CHANGE_PASSWORD_MUTATION,
  LOGIN_MUTATION,
  LOGOUT_MUTATION,
  REFRESH_MUTATION,
  parseSession,
  type Session,
  type SessionListener,
} from './session-types';

export interface SessionStoreOptions {
  transport: GraphQLTransport;
  now?: () => number;
  /** Refresh this long before expiry (capped at half the token lifetime). */
  refreshLeadMs?: number;
  /** After a refresh fails for a transient reason (network), try again after this delay. */
  retryDelayMs?: number;
  /** Random spread added before a proactive refresh so several tabs do not race. */
  jitterMs?: number;
  /** Other tabs of the page: they share sessions, sign-outs and activity. */
  channel?: SessionChannel;
  /** Serializes refreshes with other tabs (they share one refresh-token cookie). */
  lock?: CrossTabLock;
  /** How long a logout waits for the server before the page signs out anyway. */
  logoutTimeoutMs?: number;
}

type AuthField = 'login' | 'refresh' | 'changePassword';

const MAX_TIMER_MS = 2_147_483_647;
const runNow: CrossTabLock = (task) => task();

function firstError(payload: GraphQLPayload, message: string): GraphQLRequestError {
  return payload.errors[0] ?? new GraphQLRequestError({ code: 'INVALID_RESPONSE', message });
}

/**
 * Holds the session in memory (never in Web Storage), keeps the access token fresh, and signs
 * in and out. The refresh token lives in an httpOnly cookie the gateway sets, so a reload
 * restores the session by calling `refresh` with no token: `restore()`.
 */
export class SessionStore {
  private session: Session | null = null;
  private reason: SignOutReason | null = null;
  /** Set while a logout waits for the server: a refresh failing meanwhile signs out for this reason. */
  private leaving: SignOutReason | null = null;
  private readonly listeners = new Set<SessionListener>();
  private inflight: Promise<Session | null> | null = null;
  private restored: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => number;
  private readonly refreshLeadMs: number;
  private readonly retryDelayMs: number;
  private readonly jitterMs: number;
  private readonly lock: CrossTabLock;
  private readonly unsubscribeChannel: () => void;

  constructor(private readonly options: SessionStoreOptions) {
    this.now = options.now ?? (() => Date.now());
    this.refreshLeadMs = options.refreshLeadMs ?? 60_000;
    this.retryDelayMs = options.retryDelayMs ?? 15_000;
    this.jitterMs = options.jitterMs ?? 0;
    this.lock = options.lock ?? runNow;
    this.unsubscribeChannel = options.channel?.subscribe(this.onMessage) ?? (() => undefined);
  }

  current(): Session | null {
    return this.session;
  }

  /** Why the page last signed out, for the login page; null after a sign-in. */
  signOutReason(): SignOutReason | null {
    return this.reason;
  }

  subscribe = (listener: SessionListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Page load: asks the server for a session through the refresh cookie, once. Never rejects. */
  restore(): Promise<Session | null> {
    this.restored ??= this.lock(async () => this.session ?? (await this.requestRefresh(null))).catch(() => null);
    return this.restored;
  }

  async login(username: string, password: string): Promise<Session> {
    const payload = await this.options.transport({
      query: LOGIN_MUTATION,
      variables: { username, password },
      cookieSession: true,
    });
    const session = this.fromPayload(payload.data, 'login');
    if (payload.errors.length > 0 || !session) throw firstError(payload, '登录失败，请稍后重试');
    this.replace(session, true);
    return session;
  }

  /**
   * Ends the session on the server (which revokes the refresh token's family and clears the
   * cookie), then here and in the other tabs. Waits for the server so that a reload right after
   * cannot bring the session back; signs out locally even when the server cannot be reached.
   */
  async logout(reason: SignOutReason = 'user'): Promise<void> {
    const had = this.session;
    if (had) {
      this.leaving = reason;
      this.clearTimer();
      const request = this.options.transport({
        query: LOGOUT_MUTATION,
        variables: had.refreshToken ? { refreshToken: had.refreshToken } : {},
        token: had.accessToken,
        cookieSession: true,
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.options.logoutTimeoutMs ?? 5_000);
      });
      await Promise.race([request.catch(() => undefined), timeout]);
      clearTimeout(timer);
    }
    this.leaving = null;
    this.signOut(reason, true);
  }

  /** Sets a new password; the answer is a new session (no longer bound to change it). */
  async changePassword(currentPassword: string, newPassword: string): Promise<Session> {
    const token = await this.getValidAccessToken();
    const payload = await this.options.transport({
      query: CHANGE_PASSWORD_MUTATION,
      variables: { currentPassword, newPassword },
      token,
      cookieSession: true,
    });
    const session = this.fromPayload(payload.data, 'changePassword');
    if (payload.errors.length > 0 || !session) throw firstError(payload, '修改密码失败，请稍后重试');
    this.replace(session, true);
    return session;
  }

  /** The access token to send now, refreshed first when it is about to expire. */
  async getValidAccessToken(): Promise<string | null> {
    if (this.restored) await this.restored;
    const session = this.session;
    if (!session) return null;
    if (this.isFresh(session)) return session.accessToken;
    try {
      return (await this.refresh())?.accessToken ?? null;
    } catch {
      // Offline: send the old token and let the server decide.
      return this.session?.accessToken ?? null;
    }
  }

  /**
   * New tokens for the current session; concurrent callers (and tabs) share one request. With
   * `staleAccessToken`, a caller whose token was already replaced gets the new session as is.
   * Resolves null when the server refuses (session over); rejects on transient failures.
   */
  refresh(staleAccessToken?: string): Promise<Session | null> {
    if (this.inflight) return this.inflight;
    const started = this.session;
    if (!started) return Promise.resolve(null);
    if (staleAccessToken && started.accessToken !== staleAccessToken && this.isFresh(started)) {
      return Promise.resolve(started);
    }
    this.inflight = this.lock(async () => {
      // While this tab waited for the lock another one may have refreshed and shared its session.
      const latest = this.session;
      if (!latest) return null;
      if (latest !== started && this.isFresh(latest)) return latest;
      return this.requestRefresh(latest);
    }).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
    this.unsubscribeChannel();
  }

  /** `used` is the session being renewed; null on page load (the cookie alone). */
  private async requestRefresh(used: Session | null): Promise<Session | null> {
    const payload = await this.options.transport({
      query: REFRESH_MUTATION,
      variables: used?.refreshToken ? { refreshToken: used.refreshToken } : {},
      cookieSession: true,
    });
    const next = this.fromPayload(payload.data, 'refresh');
    if (payload.errors.length === 0 && next) {
      this.replace(next, true);
      return next;
    }
    const error = firstError(payload, '服务返回了无法识别的数据');
    if (!endsSession(error)) throw error;
    if (used) this.signOut(this.leaving ?? 'expired', true);
    return null;
  }

  private onMessage = (message: SessionMessage): void => {
    if (message.type === 'session') {
      const mine = this.session;
      if (mine?.accessToken === message.session.accessToken) return;
      if (mine && mine.receivedAt > message.session.receivedAt) return;
      this.replace(message.session, false);
    } else if (message.type === 'signed-out' && this.session) {
      this.signOut(message.reason, false);
    }
  };

  private fromPayload(data: unknown, field: AuthField): Session | null {
    if (typeof data !== 'object' || data === null || !(field in data)) return null;
    return parseSession((data as Record<string, unknown>)[field], this.now());
  }

  /** On the client's clock: the token's own lifetime from when it arrived, less the lead time. */
  private refreshAt(session: Session): number {
    return session.receivedAt + session.lifetimeMs - Math.min(this.refreshLeadMs, session.lifetimeMs / 2);
  }

  private isFresh(session: Session): boolean {
    return this.now() < this.refreshAt(session);
  }

  private replace(session: Session, share: boolean): void {
    this.session = session;
    this.reason = null;
    if (share) this.options.channel?.post({ type: 'session', session });
    this.schedule();
    this.notify();
  }

  private signOut(reason: SignOutReason, share: boolean): void {
    const had = this.session !== null;
    this.session = null;
    this.reason = reason;
    if (share) this.options.channel?.post({ type: 'signed-out', reason });
    this.schedule();
    if (had) this.notify();
  }

  private schedule(delayMs?: number): void {
    this.clearTimer();
    const session = this.session;
    if (!session) return;
    const jitter = this.jitterMs > 0 ? Math.random() * this.jitterMs : 0;
    const due = delayMs ?? Math.max(0, this.refreshAt(session) - this.now() + jitter);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.refresh().catch(() => this.schedule(this.retryDelayMs));
      },
      Math.min(due, MAX_TIMER_MS),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.session);
  }
}
