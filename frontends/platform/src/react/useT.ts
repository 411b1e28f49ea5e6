import { useCallback, useSyncExternalStore } from 'react';
import type { Locale, Translate } from '../i18n/i18n-store';
import { i18n } from '../instance';

export function useLocale(): Locale {
  return useSyncExternalStore(i18n.subscribe, i18n.getLocale, i18n.getLocale);
}

/** `t` bound to the current locale; components re-render when the language changes. */
export function useT(): Translate {
  const locale = useLocale();
  return useCallback<Translate>((key, params) => i18n.t(key, params, locale), [locale]);
}
