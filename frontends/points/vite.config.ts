/// <reference types="vitest/config" />
import { microFrontendConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/points-<hash>.js and dist/exports.json; React, antd and @xiangzhi/platform
// come from the import map.
export default defineConfig({
  ...microFrontendConfig('points'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
