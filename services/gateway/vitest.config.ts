import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['../../libs/testing/src/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
