// The shared dependencies every micro-frontend takes from the import map instead of bundling.
// One entry = one bare specifier = one file in dist/ = one key in frontends/shell/importmap.json.

/** How the vendor build turns a package into an ESM file. */
export type VendorSource =
  // CommonJS package: re-export each key of `require(specifier)` by name (export * drops them).
  | { kind: 'cjs'; request: string }
  // ESM module (a package path or a file of this project): its own exports, plus a default.
  | { kind: 'esm'; request: string; hasDefault: boolean };

export interface VendorEntry {
  specifier: string;
  /** Output file name in dist/, without `.js`. */
  file: string;
  source: VendorSource;
}

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
  { specifier: 'antd', file: 'antd', source: { kind: 'esm', request: './src/antd.ts', hasDefault: false } },
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

/** Every bare specifier a frontend build must leave external (resolved by the import map). */
export const SHARED_SPECIFIERS: readonly string[] = [...VENDOR_SPECIFIERS, '@xiangzhi/platform'];

export function isSharedSpecifier(id: string): boolean {
  return SHARED_SPECIFIERS.includes(id);
}
