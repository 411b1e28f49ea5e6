/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { platformBuildConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/platform-<part>-<hash>.js (+ dist/exports.json): the utility module in parts, so the
// login page loads neither the tables nor the password page; React, antd, single-spa come from the
// vendor files.
const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  ...platformBuildConfig(path.join(root, 'src', 'index.ts')),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
