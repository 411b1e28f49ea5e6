import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { XIANGZHI_THEME } from '../theme';
import { useLocale } from './useT';

export { XIANGZHI_THEME };

/** Wraps each module's React root: antd locale and theme follow the platform's language. */
export function AppProviders({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={XIANGZHI_THEME}>
      {children}
    </ConfigProvider>
  );
}
