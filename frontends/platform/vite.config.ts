/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { isSharedSpecifier } from '@xiangzhi/vendor';
import { defineConfig } from 'vite';

// One ESM file; React, antd, single-spa... come from the vendor files through the import map.
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
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'platform.js' },
    rolldownOptions: { external: (id) => isSharedSpecifier(id) },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
