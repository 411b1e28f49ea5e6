import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The vendor files of antd and the icons export a hand-picked list; a frontend importing a
// name outside it would fail only in the browser ("does not provide an export named").
const vendorRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const frontendsRoot = path.dirname(vendorRoot);

function exportedNames(file: string): Set<string> {
  const source = readFileSync(path.join(vendorRoot, file), 'utf8');
  const block = /export\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Set(
    block
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Value (not type-only) names imported from `specifier` across every frontend's src/. */
function importedValues(specifier: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+['"]${specifier}['"]`, 'g');
  for (const project of readdirSync(frontendsRoot)) {
    const src = path.join(frontendsRoot, project, 'src');
    if (project === 'vendor' || !statSync(path.join(frontendsRoot, project)).isDirectory()) continue;
    let files: string[] = [];
    try {
      files = sourceFiles(src);
    } catch {
      continue;
    }
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        if (match[1]) continue;
        for (const raw of match[2].split(',')) {
          const name = raw
            .trim()
            .split(/\s+as\s+/)[0]
            .trim();
          if (name && !name.startsWith('type ')) found.set(name, path.relative(frontendsRoot, file));
        }
      }
    }
  }
  return found;
}

describe('curated vendor exports', () => {
  it.each([
    ['antd', 'src/antd.ts'],
    ['@ant-design/icons', 'src/icons.ts'],
  ])('every value imported from %s is exported by %s', (specifier, file) => {
    const exported = exportedNames(file);
    const missing = [...importedValues(specifier)].filter(([name]) => !exported.has(name));
    expect(missing.map(([name, where]) => `${name} (${where})`)).toEqual([]);
  });
});
