/// <reference types="vitest/config" />
import { microFrontendConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/admin-<hash>.js: the pages of the 三员 and dist/exports.json; React, antd and @xiangzhi/platform
// come from the import map.
export default defineConfig({
  ...microFrontendConfig('admin'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
