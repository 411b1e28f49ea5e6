/// <reference types="vitest/config" />
import { moduleBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/governance.js (+ dist/chunks/ for pages loaded on demand); React, antd and @xiangzhi/platform
// come from the import map.
export default defineConfig({
  ...moduleBuildConfig('src/governance.tsx', 'governance.js', { chunks: true }),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
