/// <reference types="vitest/config" />
import { microFrontendConfig } from '@xiangzhi/vendor/module-build';
import { defineConfig } from 'vite';

// dist/assets/governance-<hash>.js (+ dist/chunks/ for pages loaded on demand) and dist/exports.json; React, antd
// and @xiangzhi/platform come from the import map.
export default defineConfig({
  // the villager's order page (/s/<code>): plain DOM, an entry of its own
  ...microFrontendConfig('governance', {
    'public-order': 'src/public/order-app.ts',
    // 村务公开 (/public/village/<code>): plain DOM too
    'public-village': 'src/public/village-app.ts',
  }),
  test: { environment: 'node', include: ['test/**/*.spec.ts'] },
});
