import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLocale } from './useT';

export const XIANGZHI_THEME: ThemeConfig = {
  token: { colorPrimary: '#c0262d', borderRadius: 6, fontSize: 14 },
};

/** Wraps each module's React root: antd locale and theme follow the platform's language. */
export function AppProviders({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider locale={locale === 'en-US' ? enUS : zhCN} theme={XIANGZHI_THEME}>
      {children}
    </ConfigProvider>
  );
}
