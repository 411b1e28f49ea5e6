import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // one PostgreSQL for the whole run (shared with every project that lists it); testDatabase() per file
    globalSetup: ['@xiangzhi/testing/global-setup'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
