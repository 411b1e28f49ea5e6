import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { platformExports, platformIndexFile, platformPartOf } from '../src/module-build';
import { ANTD_GROUPS, ANTD_SPECIFIERS } from '../src/vendor-entries';

// antd comes in groups and the platform in parts; module builds rewrite imports by these tables.
const vendorRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function curatedAntd(): string[] {
  const source = readFileSync(path.join(vendorRoot, 'src/antd.ts'), 'utf8');
  const block = /export\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return block
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

describe('antd groups', () => {
  it('put every curated antd name in exactly one group, and nothing else', () => {
    const grouped = Object.values(ANTD_GROUPS).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(curatedAntd().sort());
  });

  it('keep the login page’s components away from the tables and selects', () => {
    for (const name of ['ConfigProvider', 'Button', 'Input', 'Form', 'Alert', 'Card', 'Flex'])
      expect(ANTD_SPECIFIERS[name], name).toBe('@xiangzhi/vendor/antd-form');
    for (const name of ['Table', 'Select', 'Cascader', 'Tree', 'Tabs'])
      expect(ANTD_SPECIFIERS[name], name).not.toBe('@xiangzhi/vendor/antd-form');
  });
});

describe('platform parts', () => {
  it('reads the value exports of an index, renamed ones too, and skips type exports', () => {
    const source = `export { a, b as c } from './instance';\nexport type { T } from './x';\nexport {\n  LoginPage,\n} from './login/LoginPage';`;
    expect(platformExports(source)).toEqual([
      { name: 'a', local: 'a', file: './instance', part: 'core' },
      { name: 'c', local: 'b', file: './instance', part: 'core' },
      { name: 'LoginPage', local: 'LoginPage', file: './login/LoginPage', part: 'login' },
    ]);
  });

  it('sort files by folder: the login and password pages alone, React code in ui, the rest in core', () => {
    expect(platformPartOf('./login/login-app')).toBe('login');
    expect(platformPartOf('./password/password-app')).toBe('password');
    expect(platformPartOf('./password/password-rules')).toBe('core');
    expect(platformPartOf('./components/DataTable')).toBe('ui');
    expect(platformPartOf('./react/useT')).toBe('ui');
    expect(platformPartOf('./navigation')).toBe('core');
    expect(platformPartOf('./theme')).toBe('ui');
  });

  it('give the shell what it needs for /login without the tables of the modules', () => {
    const parts = new Map(platformExports(readFileSync(platformIndexFile(), 'utf8')).map((e) => [e.name, e.part]));
    expect(parts.get('loginApp')).toBe('login');
    expect(parts.get('getSession')).toBe('core');
    expect(parts.get('MODULE_ROUTES')).toBe('core');
    expect(parts.get('DataTable')).toBe('ui');
    expect(parts.get('RegionPicker')).toBe('ui');
  });
});
