// The shared dependencies every micro-frontend takes from the import map instead of bundling.
// One entry = one bare specifier = one file in dist/ = one key in frontends/shell/importmap.json.

/** How the vendor build turns a package into an ESM file. */
export type VendorSource =
  // CommonJS package: re-export each key of `require(specifier)` by name (export * drops them).
  | { kind: 'cjs'; request: string }
  // ESM module (a package path or a file of this project): its own exports, plus a default.
  | { kind: 'esm'; request: string; hasDefault: boolean }
  // Some named exports of an ESM module (a group of antd components).
  | { kind: 'pick'; request: string; names: readonly string[] };

export interface VendorEntry {
  specifier: string;
  /** Output file name in dist/, without `.js`. */
  file: string;
  source: VendorSource;
}

/**
 * antd's curated components in groups, each one vendor file. A group is what pages use together:
 * forms load `antd-form` only; lists add `antd-list`, filters `antd-select`. Module
 * builds turn `import { Tag } from 'antd'` into an import of the group (module-build.ts).
 * `antd-table` (Table, ~210 KB gz with the Tree, Dropdown, Menu and Pagination it pulls) is
 * loaded lazily by the platform's DataTable (`import('@xiangzhi/vendor/antd-table')`): phones
 * show cards and never load it, desktops after the first paint.
 * Regrouping needs no source change; test/antd-groups.spec.ts checks every curated name has one.
 */
export const ANTD_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'antd-form': ['ConfigProvider', 'theme', 'Flex', 'Space', 'Grid', 'Button', 'Card', 'Alert', 'Form', 'Input'],
  'antd-list': ['Tabs', 'Checkbox', 'Radio', 'Spin', 'Empty', 'Tag'],
  'antd-table': ['Table', 'Tree'],
  'antd-select': ['Select', 'Cascader'],
  // the case page's timeline only (民情台账)
  'antd-timeline': ['Timeline'],
  // the deliberation tracker's six steps (四议两公开) only
  'antd-steps': ['Steps'],
};

export const VENDOR_ENTRIES: readonly VendorEntry[] = [
  { specifier: 'react', file: 'react', source: { kind: 'cjs', request: 'react' } },
  { specifier: 'react/jsx-runtime', file: 'react-jsx-runtime', source: { kind: 'cjs', request: 'react/jsx-runtime' } },
  { specifier: 'react-dom', file: 'react-dom', source: { kind: 'cjs', request: 'react-dom' } },
  { specifier: 'react-dom/client', file: 'react-dom-client', source: { kind: 'cjs', request: 'react-dom/client' } },
  { specifier: 'dayjs', file: 'dayjs', source: { kind: 'cjs', request: 'dayjs' } },
  {
    specifier: 'dayjs/locale/zh-cn',
    file: 'dayjs-locale-zh-cn',
    source: { kind: 'cjs', request: 'dayjs/locale/zh-cn' },
  },
  // antd and the icons export a curated list (src/antd.ts, src/icons.ts): the whole of antd is
  // ~450 KB gzipped, beyond the page budget. test/curated-exports.spec.ts keeps the lists complete.
  // antd comes in groups (ANTD_GROUPS) so a page loads only the groups of the components it uses.
  ...Object.entries(ANTD_GROUPS).map(([group, names]): VendorEntry => ({
    specifier: `@xiangzhi/vendor/${group}`,
    file: group,
    source: { kind: 'pick', request: './src/antd.ts', names },
  })),
  // antd/locale/* point at CommonJS (lib/); the es/ builds share modules with the antd entry.
  {
    specifier: 'antd/locale/zh_CN',
    file: 'antd-locale-zh_CN',
    source: { kind: 'esm', request: 'antd/es/locale/zh_CN.js', hasDefault: true },
  },
  {
    specifier: 'antd/locale/en_US',
    file: 'antd-locale-en_US',
    source: { kind: 'esm', request: 'antd/es/locale/en_US.js', hasDefault: true },
  },
  {
    specifier: '@ant-design/icons',
    file: 'ant-design-icons',
    source: { kind: 'esm', request: './src/icons.ts', hasDefault: false },
  },
  { specifier: 'single-spa', file: 'single-spa', source: { kind: 'esm', request: 'single-spa', hasDefault: false } },
  {
    specifier: 'single-spa-react',
    file: 'single-spa-react',
    source: { kind: 'esm', request: 'single-spa-react', hasDefault: true },
  },
];

export const VENDOR_SPECIFIERS: readonly string[] = VENDOR_ENTRIES.map((entry) => entry.specifier);

/** The specifier of each antd name: its group's vendor file. */
export const ANTD_SPECIFIERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ANTD_GROUPS).flatMap(([group, names]) => names.map((name) => [name, `@xiangzhi/vendor/${group}`])),
);

/**
 * The platform module is built in parts, `@xiangzhi/platform/<part>` (module-build.ts says which
 * export is in which): the login page needs neither the tables of `ui` nor the password page.
 */
export const PLATFORM_PARTS = ['core', 'ui', 'login', 'password'] as const;
export type PlatformPart = (typeof PLATFORM_PARTS)[number];
export const PLATFORM_SPECIFIERS: readonly string[] = PLATFORM_PARTS.map((part) => `@xiangzhi/platform/${part}`);

/**
 * Every bare specifier a frontend build must leave external (resolved by the import map). Imports
 * of `antd` and `@xiangzhi/platform` are rewritten to their parts first (module-build.ts).
 */
export const SHARED_SPECIFIERS: readonly string[] = [...VENDOR_SPECIFIERS, ...PLATFORM_SPECIFIERS];

export function isSharedSpecifier(id: string): boolean {
  return SHARED_SPECIFIERS.includes(id);
}
