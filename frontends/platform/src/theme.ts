import { theme, type ThemeConfig } from 'antd';

/** The one theme of every page: antd's tokens from the brand red. */
export const XIANGZHI_THEME: ThemeConfig = {
  token: { colorPrimary: '#c0262d', borderRadius: 6, fontSize: 14 },
};

const token = theme.getDesignToken(XIANGZHI_THEME);

/**
 * Colours for the few styles antd components do not give (muted text, tiles, bars), taken from
 * the theme's tokens so the modules hold no colour of their own.
 */
export const COLORS = {
  text: token.colorText,
  textSecondary: token.colorTextSecondary,
  textTertiary: token.colorTextTertiary,
  textQuaternary: token.colorTextQuaternary,
  onPrimary: token.colorTextLightSolid,
  primary: token.colorPrimary,
  primaryLight: token.colorPrimaryBorderHover,
  error: token.colorErrorText,
  errorBg: token.colorErrorBg,
  errorBorder: token.colorErrorBorder,
  success: token.colorSuccessText,
  warning: token.colorWarningText,
  warningBg: token.colorWarningBg,
  warningBorder: token.colorWarningBorder,
  bgContainer: token.colorBgContainer,
  bgLayout: token.colorBgLayout,
  border: token.colorBorderSecondary,
  fill: token.colorFillSecondary,
  fillAlt: token.colorFillQuaternary,
} as const;

/** Gold, silver and bronze of the points ranking's top three. */
export const MEDAL_COLORS = ['#d4a017', '#9e9e9e', '#b87333'] as const;
