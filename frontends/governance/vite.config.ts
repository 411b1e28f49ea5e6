/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { isSharedSpecifier } from '@xiangzhi/vendor';
import { defineConfig } from 'vite';

// dist/governance.js (+ dist/chunks/ for pages loaded on demand); React, antd and @xiangzhi/platform
// come from the import map.
export default defineConfig({
  plugins: [react()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    reportCompressedSize: false,
    lib: { entry: 'src/governance.tsx', formats: ['es'], fileName: () => 'governance.js' },
    // Desk pages are lazy chunks beside governance.js (relative imports resolve from its URL).
    rolldownOptions: {
      external: (id) => isSharedSpecifier(id),
      // Lets the code shared by both land in governance.js itself instead of extra chunks.
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
