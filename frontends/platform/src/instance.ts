import { applyDayjsLocale } from './dayjs-locale';
import { createGqlClient, type PartialResult, type RequestOptions } from './graphql/gql-client';
import { createFetchTransport, type GraphQLVariables } from './graphql/transport';
import { I18nStore, type Locale, type MessageBundle, type MessageParams } from './i18n/i18n-store';
import { PLATFORM_MESSAGES } from './i18n/platform-messages';
import { SessionStore } from './session/session-store';
import type { Session, SessionListener } from './session/session-types';
import { browserStorage } from './storage';

// The page-wide singletons: the platform is loaded once (import map), so every module and the
// shell share this session and this locale.
const storage = browserStorage();
const transport = createFetchTransport({ endpoint: '/graphql' });

export const sessionStore = new SessionStore({ storage, transport, jitterMs: 5_000 });
export const i18n = new I18nStore({ storage });
i18n.addMessages(PLATFORM_MESSAGES);

const client = createGqlClient({ transport, session: sessionStore });

function applyDocumentLocale(locale: Locale): void {
  applyDayjsLocale(locale);
  document.documentElement.lang = locale;
}
applyDocumentLocale(i18n.getLocale());
i18n.subscribe(applyDocumentLocale);

window.addEventListener('storage', (event) => {
  if (event.key === 'xiangzhi.session') sessionStore.syncFromStorage();
});

export function gqlRequest<T>(query: string, variables?: GraphQLVariables, options?: RequestOptions): Promise<T> {
  return client.request<T>(query, variables, options);
}

export function gqlRequestPartial<T>(
  query: string,
  variables?: GraphQLVariables,
  options?: RequestOptions,
): Promise<PartialResult<T>> {
  return client.requestPartial<T>(query, variables, options);
}

export function login(username: string, password: string): Promise<Session> {
  return sessionStore.login(username, password);
}

export function logout(): void {
  sessionStore.logout();
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
