import { describe, expect, it } from 'vitest';
import { I18nStore } from '../src/i18n/i18n-store';
import { PLATFORM_MESSAGES } from '../src/i18n/platform-messages';
import { MemoryStorage } from '../src/storage';

function store(storage = new MemoryStorage()) {
  const i18n = new I18nStore({ storage });
  i18n.addMessages(PLATFORM_MESSAGES);
  return i18n;
}

describe('i18n', () => {
  it('defaults to zh-CN', () => {
    const i18n = store();
    expect(i18n.getLocale()).toBe('zh-CN');
    expect(i18n.t('app.name')).toBe('乡治');
  });

  it('switches to English, notifies and persists the choice', () => {
    const storage = new MemoryStorage();
    const i18n = store(storage);
    const seen: string[] = [];
    i18n.subscribe((locale) => seen.push(locale));
    i18n.setLocale('en-US');
    expect(i18n.t('nav.points')).toBe('Points ranking');
    expect(seen).toEqual(['en-US']);
    expect(store(storage).getLocale()).toBe('en-US');
  });

  it('ignores an unknown stored locale', () => {
    const storage = new MemoryStorage();
    storage.setItem('xiangzhi.locale', 'fr-FR');
    expect(store(storage).getLocale()).toBe('zh-CN');
  });

  it('interpolates parameters and falls back to Chinese, then to the key', () => {
    const i18n = store();
    i18n.addMessages({ 'zh-CN': { 'demo.only': '只有中文' } });
    i18n.setLocale('en-US');
    expect(i18n.t('pager.info', { page: 2, pages: 5, total: 98 })).toBe('Page 2 of 5, 98 in all');
    expect(i18n.t('demo.only')).toBe('只有中文');
    expect(i18n.t('demo.missing')).toBe('demo.missing');
  });

  it('has every platform key in both languages', () => {
    expect(Object.keys(PLATFORM_MESSAGES['en-US'] ?? {}).sort()).toEqual(
      Object.keys(PLATFORM_MESSAGES['zh-CN'] ?? {}).sort(),
    );
  });
});
