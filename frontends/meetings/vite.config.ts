/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { isSharedSpecifier } from '@xiangzhi/vendor';
import { defineConfig } from 'vite';

// dist/meetings.js: one ESM file; React, antd and @xiangzhi/platform come from the import map.
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
    lib: { entry: 'src/meetings.tsx', formats: ['es'], fileName: () => 'meetings.js' },
    rolldownOptions: { external: (id) => isSharedSpecifier(id) },
  },
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
