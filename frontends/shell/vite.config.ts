/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { importMapPlugin, readImportMap } from './importmap';

const root = path.dirname(fileURLToPath(import.meta.url));
const importMapFile = path.join(root, 'importmap.json');
const sharedKeys = Object.keys(readImportMap(importMapFile).imports);

// The shell is plain TypeScript: everything it imports by bare name comes from the import map.
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [importMapPlugin(importMapFile)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: { external: (id) => sharedKeys.includes(id) },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
