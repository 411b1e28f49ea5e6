/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { isSharedSpecifier } from '@xiangzhi/vendor';
import { defineConfig } from 'vite';

// dist/points.js: one ESM file; React, antd and @xiangzhi/platform come from the import map.
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
    lib: { entry: 'src/points.tsx', formats: ['es'], fileName: () => 'points.js' },
    rolldownOptions: { external: (id) => isSharedSpecifier(id) },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
