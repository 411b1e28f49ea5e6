import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Locale } from './i18n/i18n-store';

export function applyDayjsLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}
