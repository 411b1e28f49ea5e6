import type { KeyValueStorage } from '../storage';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Messages = Record<string, string>;
export type MessageBundle = Partial<Record<Locale, Messages>>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: string, params?: MessageParams) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Current locale (persisted) and the message tables; zh-CN is the default and the fallback. */
export class I18nStore {
  private locale: Locale;
  private readonly messages: Record<Locale, Messages> = { 'zh-CN': {}, 'en-US': {} };
  private readonly listeners = new Set<(locale: Locale) => void>();
  private readonly storageKey: string;

  constructor(private readonly options: { storage: KeyValueStorage; storageKey?: string }) {
    this.storageKey = options.storageKey ?? 'xiangzhi.locale';
    const stored = options.storage.getItem(this.storageKey);
    this.locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  }

  getLocale = (): Locale => this.locale;

  setLocale = (locale: Locale): void => {
    if (locale === this.locale) return;
    this.locale = locale;
    this.options.storage.setItem(this.storageKey, locale);
    for (const listener of this.listeners) listener(locale);
  };

  subscribe = (listener: (locale: Locale) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Modules add their own keys (namespaced, e.g. `governance.title`) when they load. */
  addMessages(bundle: MessageBundle): void {
    for (const locale of LOCALES) Object.assign(this.messages[locale], bundle[locale] ?? {});
  }

  t = (key: string, params?: MessageParams, locale: Locale = this.locale): string => {
    const template = this.messages[locale][key] ?? this.messages[DEFAULT_LOCALE][key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}
