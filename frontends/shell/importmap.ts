import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAst, type HtmlTagDescriptor, type Plugin } from 'vite';

/** frontends/shell/importmap.json: the URL each frontend build is served at. */
export interface ImportMapConfig {
  /** Project folder under frontends/ → URL prefix of its dist/ ('/vendor/', 'https://cdn…/points/1.4.0/'). */
  builds: Record<string, string>;
}

export interface ImportMap {
  imports: Record<string, string>;
}

export function readImportMapConfig(file: string): ImportMapConfig {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const builds = typeof parsed === 'object' && parsed !== null && 'builds' in parsed ? parsed.builds : null;
  if (typeof builds !== 'object' || builds === null) throw new Error(`${file}: expected { "builds": { ... } }`);
  for (const [name, prefix] of Object.entries(builds)) {
    if (typeof prefix !== 'string' || !prefix.endsWith('/'))
      throw new Error(`${file}: "${name}" needs a URL ending in /`);
  }
  return { builds: builds as Record<string, string> };
}

/**
 * The import map: every specifier of every build's dist/exports.json (written by its build:
 * specifier → content-hashed file) at the build's URL prefix. Built before the shell (nx).
 */
export function buildImportMap(config: ImportMapConfig, frontendsDir: string): ImportMap {
  const imports: Record<string, string> = {};
  for (const [name, prefix] of Object.entries(config.builds)) {
    const manifest = path.join(frontendsDir, name, 'dist', 'exports.json');
    if (!existsSync(manifest)) throw new Error(`${manifest} is missing: build ${name} before the shell`);
    const files = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
    for (const [specifier, file] of Object.entries(files)) imports[specifier] = prefix + file;
  }
  return { imports };
}

/** The specifiers a module's code imports statically (import and export … from declarations). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const node of parseAst(code).body) {
    if (
      (node.type === 'ImportDeclaration' && node.importKind !== 'type') ||
      ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source)
    ) {
      const value = node.source?.value;
      if (typeof value === 'string') found.push(value);
    }
  }
  return found;
}

/**
 * Every URL the browser will fetch to run modules importing `specifiers`: bare ones through the
 * map, relative ones beside their importer, followed through static imports only (a module's
 * lazy pages and the routed modules themselves load on demand). Files of a build served from
 * another origin are not read; their URL is still listed.
 */
export function staticClosure(
  specifiers: readonly string[],
  map: ImportMap,
  config: ImportMapConfig,
  frontendsDir: string,
): string[] {
  const seen = new Set<string>();
  const fileOf = (url: string): string | null => {
    for (const [name, prefix] of Object.entries(config.builds)) {
      if (url.startsWith(prefix) && prefix.startsWith('/')) {
        return path.join(frontendsDir, name, 'dist', url.slice(prefix.length));
      }
    }
    return null;
  };
  const visit = (specifier: string, importer: string | null): void => {
    const url =
      map.imports[specifier] ??
      (importer && /^\.\.?\//.test(specifier) ? new URL(specifier, `http://x${importer}`).pathname : null);
    if (url === null || seen.has(url)) return;
    seen.add(url);
    const file = fileOf(url);
    if (file === null) return;
    for (const next of staticImports(readFileSync(file, 'utf8'))) visit(next, url);
  };
  for (const specifier of specifiers) visit(specifier, null);
  return [...seen];
}

/**
 * Puts the import map into index.html as a native <script type="importmap"> ahead of every module
 * script, plus a modulepreload hint for everything the shell's entry needs statically (the
 * platform's core) and for `alsoPreload` (the login page, plain DOM): they download
 * in parallel, not in a chain of round trips. Routed modules load when first visited.
 */
export function importMapPlugin(file: string, frontendsDir: string, alsoPreload: readonly string[] = []): Plugin {
  return {
    name: 'xiangzhi-import-map',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const config = readImportMapConfig(file);
        const map = buildImportMap(config, frontendsDir);
        const entry = context.chunk;
        const bare = [...(entry ? staticImports(entry.code) : []), ...alsoPreload].filter((s) => s in map.imports);
        const preloads = staticClosure(bare, map, config, frontendsDir).map((url): HtmlTagDescriptor => ({
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
