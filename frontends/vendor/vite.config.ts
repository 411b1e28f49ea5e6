import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, esmExternalRequirePlugin, type Plugin } from 'vite';
import { exportsManifest, HASHED_CHUNKS, HASHED_ENTRIES } from './src/module-build';
import { VENDOR_ENTRIES, VENDOR_SPECIFIERS, type VendorEntry } from './src/vendor-entries';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const requestFromProject = createRequire(path.join(projectRoot, 'package.json'));
const ENTRY_PREFIX = 'vendor-entry:';
const RESOLVED_PREFIX = '\0vendor-entry:';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// React and dayjs ship CommonJS only: read their export names from the package itself at build
// time so a React upgrade cannot silently drop one.
function commonJsExportNames(request: string): string[] {
  const loaded: unknown = requestFromProject(request);
  if ((typeof loaded !== 'object' && typeof loaded !== 'function') || loaded === null) return [];
  return Object.keys(loaded).filter((key) => key !== 'default' && IDENTIFIER.test(key));
}

/** A vendor entry whose exports are a hand-picked list in this project's src/. */
function isCurated(entry: VendorEntry): boolean {
  return entry.source.request.startsWith('.');
}

// Entries import their own package by absolute path: the bare specifier is external everywhere.
function requestPath(entry: VendorEntry): string {
  const { request } = entry.source;
  if (request.startsWith('.')) return path.resolve(projectRoot, request);
  if (entry.source.kind === 'cjs') return requestFromProject.resolve(request);
  // ESM packages: Node's resolver applies the "import" export condition.
  return fileURLToPath(import.meta.resolve(request));
}

function entryCode(entry: VendorEntry): string {
  const request = JSON.stringify(requestPath(entry));
  if (entry.source.kind === 'cjs') {
    const names = commonJsExportNames(entry.source.request);
    const named = names.length > 0 ? `export const { ${names.join(', ')} } = cjs;\n` : '';
    // "module.exports" is what rolldown's require() facade hands to CommonJS importers.
    return `import cjs from ${request};\n${named}export default cjs;\nexport { cjs as "module.exports" };\n`;
  }
  if (entry.source.kind === 'pick') return `export { ${entry.source.names.join(', ')} } from ${request};\n`;
  const defaultExport = entry.source.hasDefault ? `export { default } from ${request};\n` : '';
  return `export * from ${request};\n${defaultExport}`;
}

/**
 * Each vendor entry bundles its own package; every other import of a vendor specifier (antd
 * importing "react", react-dom requiring "react") stays a bare import for the import map, so
 * the page holds one copy of each.
 */
function vendorEntries(): Plugin {
  const bySpecifier = new Map(VENDOR_ENTRIES.map((entry) => [entry.specifier, entry]));
  const curatedFiles = new Set(VENDOR_ENTRIES.filter(isCurated).map((entry) => requestPath(entry)));
  return {
    name: 'xiangzhi-vendor-entries',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith(ENTRY_PREFIX)) return RESOLVED_PREFIX + source.slice(ENTRY_PREFIX.length);
      // src/antd.ts and src/icons.ts pick from the real package.
      if (importer !== undefined && curatedFiles.has(importer)) {
        return this.resolve(source, importer, { skipSelf: true });
      }
      if (VENDOR_SPECIFIERS.includes(source)) return { id: source, external: true };
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const entry = bySpecifier.get(id.slice(RESOLVED_PREFIX.length));
      return entry ? entryCode(entry) : null;
    },
  };
}

export default defineConfig({
  root: projectRoot,
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  plugins: [
    vendorEntries(),
    // Turns `require("react")` inside CommonJS into an import of the external. It claims every
    // import of the names it is given, so the curated packages (antd, icons) stay out of it.
    esmExternalRequirePlugin({ external: VENDOR_ENTRIES.filter((e) => !isCurated(e)).map((e) => e.specifier) }),
    // dist/exports.json: which hashed file serves each specifier (the shell builds the import map from it)
    exportsManifest(new Map(VENDOR_ENTRIES.map((entry) => [entry.file, entry.specifier]))),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: Object.fromEntries(VENDOR_ENTRIES.map((entry) => [entry.file, ENTRY_PREFIX + entry.specifier])),
      preserveEntrySignatures: 'strict',
      // antd marks its files "use client" (for React Server Components); meaningless here.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      output: {
        format: 'es',
        // Content-hashed names, served as immutable; the import map says which file is which.
        entryFileNames: HASHED_ENTRIES,
        chunkFileNames: HASHED_CHUNKS,
      },
    },
  },
});
