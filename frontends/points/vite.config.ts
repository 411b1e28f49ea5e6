/// <reference types="vitest/config" />
import { moduleBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/points.js: one ESM file; React, antd and @xiangzhi/platform come from the import map.
export default defineConfig({
  ...moduleBuildConfig('src/points.tsx', 'points.js'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
