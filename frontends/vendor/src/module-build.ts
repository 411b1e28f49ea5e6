import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { ANTD_SPECIFIERS, isSharedSpecifier, PLATFORM_SPECIFIERS, type PlatformPart } from './vendor-entries.js';

/** Every built file but the manifest has its content hash in its name: served immutable. */
export const HASHED_ENTRIES = 'assets/[name]-[hash].js';
export const HASHED_CHUNKS = 'chunks/[name]-[hash].js';
/** dist/exports.json of each frontend build: bare specifier → file (relative to dist/). */
export const EXPORTS_MANIFEST = 'exports.json';

/**
 * Writes dist/exports.json: which hashed entry file serves each specifier the build provides.
 * `specifiers` maps an entry's name (its rolldown input key) to its specifier.
 */
export function exportsManifest(specifiers: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'xiangzhi-exports-manifest',
    generateBundle(_options, bundle) {
      const manifest: Record<string, string> = {};
      for (const output of Object.values(bundle)) {
        const specifier = output.type === 'chunk' && output.isEntry ? specifiers.get(output.name) : undefined;
        if (specifier) manifest[specifier] = output.fileName;
      }
      const missing = [...specifiers.values()].filter((s) => !(s in manifest));
      if (missing.length > 0) this.error(`no entry file for ${missing.join(', ')}`);
      this.emitFile({ type: 'asset', fileName: EXPORTS_MANIFEST, source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/** Which part of the platform a file of frontends/platform/src ('./login/LoginPage') is in. */
export function platformPartOf(file: string): PlatformPart {
  if (file.startsWith('./login/')) return 'login';
  if (file.startsWith('./password/') && !file.endsWith('password-rules')) return 'password';
  // the theme's colours come from antd's tokens: UI, so the shell's core loads no antd
  if (file.startsWith('./react/') || file.startsWith('./components/') || file === './theme') return 'ui';
  return 'core';
}

export interface PlatformExport {
  /** The name the platform exports. */
  name: string;
  /** Its name in `file`. */
  local: string;
  /** The source file, relative to src/ ('./instance'). */
  file: string;
  part: PlatformPart;
}

/** The value exports of the platform's src/index.ts: every `export { a, b as c } from './file'`. */
export function platformExports(indexSource: string): PlatformExport[] {
  const found: PlatformExport[] = [];
  for (const m of indexSource.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (m[1]) continue;
    for (const raw of m[2]!.split(',')) {
      const item = raw.trim();
      if (!item || item.startsWith('type ')) continue;
      const [local = item, name = local] = item.split(/\s+as\s+/).map((s) => s.trim());
      found.push({ name, local, file: m[3]!, part: platformPartOf(m[3]!) });
    }
  }
  return found;
}

const requireHere = createRequire(import.meta.url);

/** The platform's src/index.ts (every module imports `@xiangzhi/platform`, i.e. this file). */
export function platformIndexFile(): string {
  return requireHere.resolve('@xiangzhi/platform');
}

/**
 * `import { Table } from 'antd'` and `import { DataTable } from '@xiangzhi/platform'` become
 * imports of the part that holds each name (`@xiangzhi/vendor/antd-list`, `@xiangzhi/platform/ui`),
 * so a page loads the parts it uses. Rewritten in each module after TypeScript is compiled away
 * (type-only names are gone by then); no source changes. A name no part holds fails the build.
 */
export function splitImports(): Plugin {
  let tables: Map<string, ReadonlyMap<string, string>> | undefined;
  const table = (pkg: string): ReadonlyMap<string, string> | undefined => {
    tables ??= new Map([
      ['antd', new Map(Object.entries(ANTD_SPECIFIERS))],
      [
        '@xiangzhi/platform',
        new Map(
          platformExports(readFileSync(platformIndexFile(), 'utf8')).map((e) => [
            e.name,
            `@xiangzhi/platform/${e.part}`,
          ]),
        ),
      ],
    ]);
    return tables.get(pkg);
  };
  return {
    name: 'xiangzhi-split-imports',
    // tests (vitest) import the sources as they are
    apply: 'build',
    enforce: 'post',
    transform: {
      filter: { id: /\.[cm]?[jt]sx?$/, code: /['"](antd|@xiangzhi\/platform)['"]/ },
      handler(code, id) {
        let out = '';
        let last = 0;
        for (const node of this.parse(code).body) {
          const source = 'source' in node && node.source ? node.source.value : null;
          const parts = typeof source === 'string' ? table(source) : undefined;
          if (!parts) continue;
          if (node.type !== 'ImportDeclaration') this.error(`${id}: only "import { … } from '${source}'" is supported`);
          const byPart = new Map<string, string[]>();
          for (const spec of node.specifiers) {
            if (spec.type !== 'ImportSpecifier') this.error(`${id}: import names from '${source}' one by one`);
            const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
            const part = parts.get(imported);
            if (!part)
              this.error(`${id}: '${source}' has no "${imported}" (frontends/vendor/src, platform/src/index.ts)`);
            byPart.set(part, [...(byPart.get(part) ?? []), `${imported} as ${spec.local.name}`]);
          }
          const imports = [...byPart].map(([part, names]) => `import { ${names.join(', ')} } from '${part}';`);
          out += code.slice(last, node.start) + imports.join(' ');
          last = node.end;
        }
        return last === 0 ? null : { code: out + code.slice(last), map: null };
      },
    },
  };
}

/**
 * The one build of a micro-frontend or of the platform module: hashed ESM files in dist/
 * (entries in assets/, lazy and shared chunks in chunks/) plus dist/exports.json, with every
 * shared dependency left as a bare import for the import map, so the page holds one copy of
 * React, antd and the platform. `entries`: entry name → source file; `specifiers`: entry name →
 * the specifier it serves.
 */
export function moduleBuildConfig(entries: Record<string, string>, specifiers: Record<string, string>): UserConfig {
  return {
    plugins: [react(), splitImports(), exportsManifest(new Map(Object.entries(specifiers)))],
    publicDir: false,
    logLevel: 'warn',
    // lazy chunks and the files they import are found beside the importing file
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: true,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entries,
        external: (id: string) => isSharedSpecifier(id),
        // code that lazy pages share may stay in the entry instead of one more file to wait for
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'es', entryFileNames: HASHED_ENTRIES, chunkFileNames: HASHED_CHUNKS },
      },
    },
  };
}

const PART = 'platform-part:';

/**
 * The platform's build: one entry per part (`platform-core`, `platform-ui`, …), each re-exporting
 * its names of src/index.ts from their files; code two parts share goes to a shared chunk, so
 * the session, the GraphQL client and React contexts exist once per page.
 */
export function platformBuildConfig(indexFile: string): UserConfig {
  const exported = platformExports(readFileSync(indexFile, 'utf8'));
  const srcDir = indexFile.slice(0, indexFile.lastIndexOf('/'));
  const entries = Object.fromEntries(PLATFORM_SPECIFIERS.map((s) => [`platform-${s.split('/').pop()}`, PART + s]));
  const specifiers = Object.fromEntries(PLATFORM_SPECIFIERS.map((s) => [`platform-${s.split('/').pop()}`, s]));
  const config = moduleBuildConfig(entries, specifiers);
  const parts: Plugin = {
    name: 'xiangzhi-platform-parts',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith(PART) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith(`\0${PART}`)) return null;
      const part = id.slice(`\0${PART}@xiangzhi/platform/`.length);
      return exported
        .filter((e) => e.part === part)
        .map((e) => `export { ${e.local} as ${e.name} } from ${JSON.stringify(`${srcDir}/${e.file.slice(2)}`)};`)
        .join('\n');
    },
  };
  return { ...config, plugins: [parts, ...(config.plugins ?? [])] };
}

/**
 * A micro-frontend `name`: src/<name>.tsx serves `@xiangzhi/<name>` (lazy pages become chunks). `pages`: public
 * pages the shell mounts without a login (part → source file), each an entry of its own serving
 * `@xiangzhi/<name>/<part>`, so a villager's phone loads that page and nothing of the module.
 */
export function microFrontendConfig(name: string, pages: Record<string, string> = {}): UserConfig {
  const parts = Object.entries(pages);
  return moduleBuildConfig(
    { [name]: `src/${name}.tsx`, ...Object.fromEntries(parts.map(([part, file]) => [`${name}-${part}`, file])) },
    {
      [name]: `@xiangzhi/${name}`,
      ...Object.fromEntries(parts.map(([part]) => [`${name}-${part}`, `@xiangzhi/${name}/${part}`])),
    },
  );
}
