import { applyDayjsLocale } from './dayjs-locale';
import { createGqlClient, type PartialResult, type RequestOptions } from './graphql/gql-client';
import { createFetchTransport } from './graphql/transport';
import type { TypedDocument } from './graphql/typed-document';
import { I18nStore, type Locale, type MessageBundle, type MessageParams } from './i18n/i18n-store';
import { PLATFORM_MESSAGES } from './i18n/platform-messages';
import { DEFAULT_IDLE_MINUTES, IdleWatch } from './session/idle-watch';
import { broadcastChannel, webLock, type SignOutReason } from './session/session-channel';
import { SessionStore } from './session/session-store';
import type { Session, SessionListener } from './session/session-types';
import { browserStorage } from './storage';

// The page-wide singletons: the platform is loaded once (import map), so every module and the
// shell share this session and this locale. Tokens stay in memory: storage holds the locale only.
const storage = browserStorage();
const transport = createFetchTransport({ endpoint: '/graphql' });
const channel = broadcastChannel('xiangzhi.session');

export const sessionStore = new SessionStore({
  transport,
  jitterMs: 5_000,
  channel,
  lock: webLock('xiangzhi.refresh'),
});
export const i18n = new I18nStore({ storage });
// Earlier versions kept the tokens in localStorage: remove what an old page may have left.
storage.removeItem('xiangzhi.session');
i18n.addMessages(PLATFORM_MESSAGES);

const client = createGqlClient({ transport, session: sessionStore });

function applyDocumentLocale(locale: Locale): void {
  applyDayjsLocale(locale);
  document.documentElement.lang = locale;
}
applyDocumentLocale(i18n.getLocale());
i18n.subscribe(applyDocumentLocale);

// Idle timeout: no input in any tab for the idle time signs every tab out (server first).
const MINUTE_MS = 60_000;
const ACTIVITY_SHARE_MS = 15_000;
const idle = new IdleWatch({
  timeoutMs: DEFAULT_IDLE_MINUTES * MINUTE_MS,
  onIdle: () => void sessionStore.logout('idle'),
});
let activityShared = 0;
function onInput(): void {
  const at = Date.now();
  idle.touch(at);
  if (channel && at - activityShared > ACTIVITY_SHARE_MS) {
    activityShared = at;
    channel.post({ type: 'activity', at });
  }
}
for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const) {
  window.addEventListener(type, onInput, { capture: true, passive: true });
}
document.addEventListener('visibilitychange', idle.check);
channel?.subscribe((message) => {
  if (message.type === 'activity') idle.touch(message.at);
});
sessionStore.subscribe((session) => {
  if (!session) idle.stop();
  else if (!idle.running) idle.start();
});

// A reload keeps the session: the refresh cookie gives a new access token.
const restored = sessionStore.restore();

/** Resolves once the page knows whether it has a session (after the refresh cookie was tried). */
export function restoreSession(): Promise<Session | null> {
  return restored;
}

/** The idle time after which the page signs out, when the server says other than the default. */
export function setIdleMinutes(minutes: number): void {
  if (Number.isFinite(minutes) && minutes > 0) idle.setTimeoutMs(minutes * MINUTE_MS);
}

/** Sends a generated document (`npm run codegen`); the result type comes from the supergraph. */
export function gqlRequest<T, V>(document: TypedDocument<T, V>, variables?: V, options?: RequestOptions): Promise<T> {
  return client.request(document, variables, options);
}

export function gqlRequestPartial<T, V>(
  document: TypedDocument<T, V>,
  variables?: V,
  options?: RequestOptions,
): Promise<PartialResult<T>> {
  return client.requestPartial(document, variables, options);
}

export function login(username: string, password: string): Promise<Session> {
  return sessionStore.login(username, password);
}

export function logout(reason?: SignOutReason): Promise<void> {
  return sessionStore.logout(reason);
}

export function changePassword(currentPassword: string, newPassword: string): Promise<Session> {
  return sessionStore.changePassword(currentPassword, newPassword);
}

/** Why the page last signed out (the login page shows a notice for an idle or expired session). */
export function signOutReason(): SignOutReason | null {
  return sessionStore.signOutReason();
}

export function getSession(): Session | null {
  return sessionStore.current();
}

export function subscribeSession(listener: SessionListener): () => void {
  return sessionStore.subscribe(listener);
}

export function t(key: string, params?: MessageParams): string {
  return i18n.t(key, params);
}

export function getLocale(): Locale {
  return i18n.getLocale();
}

export function setLocale(locale: Locale): void {
  i18n.setLocale(locale);
}

export function subscribeLocale(listener: (locale: Locale) => void): () => void {
  return i18n.subscribe(listener);
}

export function defineMessages(bundle: MessageBundle): void {
  i18n.addMessages(bundle);
}
