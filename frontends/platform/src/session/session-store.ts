import { GraphQLRequestError, endsSession } from '../graphql/graphql-error';
import type { GraphQLTransport } from '../graphql/transport';
import type { KeyValueStorage } from '../storage';
import {
  LOGIN_MUTATION,
  REFRESH_MUTATION,
  parseSession,
  type Session,
  type SessionListener,
} from './session-types';

export interface SessionStoreOptions {
  storage: KeyValueStorage;
  transport: GraphQLTransport;
  storageKey?: string;
  now?: () => number;
  /** Refresh this long before expiry (capped at half the token lifetime). */
  refreshLeadMs?: number;
  /** After a refresh fails for a transient reason (network), try again after this delay. */
  retryDelayMs?: number;
  /** Random spread added before a proactive refresh so several tabs do not race. */
  jitterMs?: number;
}

const MAX_TIMER_MS = 2_147_483_647;

/** Holds the tokens, persists them, and keeps the access token fresh. */
export class SessionStore {
  private session: Session | null;
  private readonly listeners = new Set<SessionListener>();
  private inflight: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly storageKey: string;
  private readonly now: () => number;
  private readonly refreshLeadMs: number;
  private readonly retryDelayMs: number;
  private readonly jitterMs: number;

  constructor(private readonly options: SessionStoreOptions) {
    this.storageKey = options.storageKey ?? 'xiangzhi.session';
    this.now = options.now ?? (() => Date.now());
    this.refreshLeadMs = options.refreshLeadMs ?? 60_000;
    this.retryDelayMs = options.retryDelayMs ?? 15_000;
    this.jitterMs = options.jitterMs ?? 0;
    this.session = this.readStored();
    this.schedule();
  }

  current(): Session | null {
    return this.session;
  }

  subscribe = (listener: SessionListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async login(username: string, password: string): Promise<Session> {
    const payload = await this.options.transport({ query: LOGIN_MUTATION, variables: { username, password } });
    const session = this.fromPayload(payload.data, 'login');
    if (payload.errors.length > 0 || !session) {
      throw payload.errors[0] ?? new GraphQLRequestError({ code: 'INVALID_RESPONSE', message: '登录失败，请稍后重试' });
    }
    this.replace(session);
    return session;
  }

  logout(): void {
    this.replace(null);
  }

  /** The access token to send now, refreshed first when it is about to expire. */
  async getValidAccessToken(): Promise<string | null> {
    const session = this.session;
    if (!session) return null;
    if (this.now() < this.refreshAt(session)) return session.accessToken;
    try {
      return (await this.refresh())?.accessToken ?? null;
    } catch {
      // Offline: send the old token and let the server decide.
      return this.session?.accessToken ?? null;
    }
  }

  /**
   * Trades the refresh token for new tokens; concurrent callers share one request. With
   * `staleAccessToken`, a caller whose token was already replaced gets the new session as is.
   * Resolves null when the server refuses (session over); rejects on transient failures.
   */
  refresh(staleAccessToken?: string): Promise<Session | null> {
    if (this.inflight) return this.inflight;
    const latest = this.adoptStored();
    if (!latest) return Promise.resolve(null);
    if (staleAccessToken && latest.accessToken !== staleAccessToken && this.now() < this.refreshAt(latest)) {
      return Promise.resolve(latest);
    }
    this.inflight = this.runRefresh(latest).finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** Another tab changed storage: take its session. */
  syncFromStorage(): void {
    const stored = this.readStored();
    if (stored?.accessToken === this.session?.accessToken) return;
    this.session = stored;
    this.schedule();
    this.notify();
  }

  dispose(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private async runRefresh(used: Session): Promise<Session | null> {
    const payload = await this.options.transport({
      query: REFRESH_MUTATION,
      variables: { refreshToken: used.refreshToken },
    });
    const next = this.fromPayload(payload.data, 'refresh');
    if (payload.errors.length === 0 && next) {
      this.replace(next);
      return next;
    }
    const error =
      payload.errors[0] ?? new GraphQLRequestError({ code: 'INVALID_RESPONSE', message: '服务返回了无法识别的数据' });
    if (!endsSession(error)) throw error;
    // Another tab may have rotated the refresh token first: its session is still good.
    const stored = this.readStored();
    if (stored && stored.refreshToken !== used.refreshToken) {
      this.replace(stored);
      return stored;
    }
    this.replace(null);
    return null;
  }

  private fromPayload(data: unknown, field: 'login' | 'refresh'): Session | null {
    if (typeof data !== 'object' || data === null || !(field in data)) return null;
    const auth: unknown = (data as Record<string, unknown>)[field];
    return parseSession(typeof auth === 'object' && auth !== null ? { ...auth, receivedAt: this.now() } : null);
  }

  private refreshAt(session: Session): number {
    const expiresAt = Date.parse(session.expiresAt);
    const lifetime = Math.max(0, expiresAt - session.receivedAt);
    return expiresAt - Math.min(this.refreshLeadMs, lifetime / 2);
  }

  private adoptStored(): Session | null {
    const stored = this.readStored();
    if (stored && stored.accessToken !== this.session?.accessToken) this.replace(stored);
    return this.session;
  }

  private replace(session: Session | null): void {
    this.session = session;
    if (session) this.options.storage.setItem(this.storageKey, JSON.stringify(session));
    else this.options.storage.removeItem(this.storageKey);
    this.schedule();
    this.notify();
  }

  private readStored(): Session | null {
    const raw = this.options.storage.getItem(this.storageKey);
    if (!raw) return null;
    try {
      return parseSession(JSON.parse(raw));
    } catch {
      return null;
    }
  }

  private schedule(delayMs?: number): void {
    this.clearTimer();
    const session = this.session;
    if (!session) return;
    const jitter = this.jitterMs > 0 ? Math.random() * this.jitterMs : 0;
    const due = delayMs ?? Math.max(0, this.refreshAt(session) - this.now() + jitter);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh().catch(() => this.schedule(this.retryDelayMs));
    }, Math.min(due, MAX_TIMER_MS));
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.session);
  }
}
