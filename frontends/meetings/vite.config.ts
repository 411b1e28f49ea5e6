/// <reference types="vitest/config" />
import { moduleBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/meetings.js: one ESM file; React, antd and @xiangzhi/platform come from the import map.
export default defineConfig({
  ...moduleBuildConfig('src/meetings.tsx', 'meetings.js'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
