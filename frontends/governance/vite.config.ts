/// <reference types="vitest/config" />
import { microFrontendConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/governance-<hash>.js (+ dist/chunks/ for pages loaded on demand) and dist/exports.json; React, antd
// and @xiangzhi/platform come from the import map.
export default defineConfig({
  ...microFrontendConfig('governance'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
