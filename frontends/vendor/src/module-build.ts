import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { isSharedSpecifier } from './vendor-entries.js';

/**
 * The one build of a micro-frontend or of the platform module: a single ESM file in dist/
 * (plus lazy chunks when a module has them), with every shared dependency left as a bare
 * import for the import map, so the page holds one copy of React, antd and the platform.
 */
export function moduleBuildConfig(entry: string, fileName: string, options: { chunks?: boolean } = {}): UserConfig {
  return {
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
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        external: (id: string) => isSharedSpecifier(id),
        // lazy pages become chunks beside the entry; code they share stays in the entry itself
        ...(options.chunks
          ? {
              preserveEntrySignatures: 'allow-extension' as const,
              output: { chunkFileNames: 'chunks/[name]-[hash].js' },
            }
          : {}),
      },
    },
  };
}
