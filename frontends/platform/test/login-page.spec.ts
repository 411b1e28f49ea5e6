import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { XIANGZHI_THEME } from '../src/theme';

// The login page is a phone's first download: it must not pull antd (~170 KB gz) into its graph,
// and it still looks like the antd pages because its stylesheet holds the theme's token values.
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const LOGIN_CSS = readFileSync(path.join(SRC, 'login', 'login.css'), 'utf8');

/** Every specifier reached from `file` through static imports, following the platform's own files. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    const specifier = m[2]!;
    if (m[1] || seen.has(specifier)) continue;
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier.replace(/\?.*$/, ''));
    const resolved = [base, `${base}.ts`, `${base}.tsx`].find((f) => existsSync(f) && !f.endsWith('.css'));
    seen.add(specifier);
    if (resolved) importGraph(resolved, seen);
  }
  return seen;
}

describe('login page', () => {
  it('imports neither antd nor React DOM: plain DOM over the platform core', () => {
    const graph = [...importGraph(path.join(SRC, 'login', 'login-app.ts'))];
    expect(graph.filter((s) => /antd|@ant-design|react|moduleLifecycles|AppProviders|theme/.test(s))).toEqual([]);
    expect(graph.filter((s) => !s.startsWith('.')).sort()).toEqual(['dayjs', 'dayjs/locale/zh-cn']);
  });

  it('styles with the theme’s token values, under the tokens’ names', () => {
    const token = theme.getDesignToken(XIANGZHI_THEME) as unknown as Record<string, unknown>;
    const declared = [...LOGIN_CSS.matchAll(/--xz-(\w+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(declared.length).toBeGreaterThan(10);
    const compact = (value: unknown) => String(value).replace(/\s+/g, '').toLowerCase();
    expect(declared.filter(([name, value]) => compact(token[name]) !== compact(value))).toEqual([]);
  });

  it('holds no colour outside those declarations', () => {
    const rest = LOGIN_CSS.replace(/--xz-\w+:\s*[^;]+;/g, '');
    expect(rest.match(/#[0-9a-fA-F]{3,8}\b|rgba?\(/g)).toBeNull();
  });
});
