/// <reference types="vitest/config" />
import { moduleBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/admin.js: the pages of the 三员 (accounts, roles and lockouts, security settings, audit
// log), one ESM file; React, antd and @xiangzhi/platform come from the import map.
export default defineConfig({
  ...moduleBuildConfig('src/admin.tsx', 'admin.js'),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
