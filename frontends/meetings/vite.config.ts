/// <reference types="vitest/config" />
import { microFrontendConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/meetings-<hash>.js and dist/exports.json; React, antd and @xiangzhi/platform
// come from the import map.
export default defineConfig({
  ...microFrontendConfig('meetings'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
