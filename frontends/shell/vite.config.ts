/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HASHED_CHUNKS, HASHED_ENTRIES, splitImports } from '@xiangzhi/vendor/module-build';
import { isSharedSpecifier } from '@xiangzhi/vendor';
import { defineConfig } from 'vite';
import { importMapPlugin } from './importmap';

const root = path.dirname(fileURLToPath(import.meta.url));

// The shell is plain TypeScript: everything it imports by bare name comes from the import map,
// which importmap.json and the other builds' dist/exports.json make (see importmap.ts).
export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [
    splitImports(),
    // a first visit shows the login page: fetch it with the shell, not after the session check
    importMapPlugin(path.join(root, 'importmap.json'), path.dirname(root), ['@xiangzhi/platform/login']),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      external: (id) => isSharedSpecifier(id),
      output: { entryFileNames: HASHED_ENTRIES, chunkFileNames: HASHED_CHUNKS },
    },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
