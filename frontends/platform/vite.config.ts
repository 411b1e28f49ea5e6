/// <reference types="vitest/config" />
import { moduleBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/platform.js: the utility module; React, antd, single-spa come from the vendor files.
export default defineConfig({
  ...moduleBuildConfig('src/index.ts', 'platform.js'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
