import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin } from 'vite';

export interface ImportMap {
  imports: Record<string, string>;
}

export function readImportMap(file: string): ImportMap {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const imports = typeof parsed === 'object' && parsed !== null && 'imports' in parsed ? parsed.imports : null;
  if (typeof imports !== 'object' || imports === null) throw new Error(`${file}: expected { "imports": { ... } }`);
  const entries = Object.entries(imports);
  for (const [key, url] of entries) {
    if (typeof url !== 'string' || url.length === 0) throw new Error(`${file}: "${key}" needs a URL`);
  }
  return { imports: Object.fromEntries(entries) as Record<string, string> };
}

/** Modules (`@xiangzhi/<name>`) load when their route is first visited; the rest is needed at once. */
export function isPreloaded(key: string): boolean {
  return !key.startsWith('@xiangzhi/') || key === '@xiangzhi/platform';
}

/**
 * Puts importmap.json into index.html as a native <script type="importmap"> ahead of every
 * module script, plus modulepreload hints so vendor files download in parallel, not in a chain.
 */
export function importMapPlugin(file: string): Plugin {
  return {
    name: 'xiangzhi-import-map',
    transformIndexHtml: {
      order: 'pre',
      handler(): HtmlTagDescriptor[] {
        const map = readImportMap(file);
        const preloads = Object.entries(map.imports)
          .filter(([key]) => isPreloaded(key))
          .map(([, url]): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', href: url },
            injectTo: 'head',
          }));
        return [
          {
            tag: 'script',
            attrs: { type: 'importmap' },
            children: JSON.stringify(map, null, 2),
            injectTo: 'head-prepend',
          },
          ...preloads,
        ];
      },
    },
  };
}
