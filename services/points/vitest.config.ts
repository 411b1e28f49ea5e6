import { defineConfig } from 'vitest/config';

// Works alone (`npx vitest run` here) and as a project of the root config.
export default defineConfig({
  test: {
    name: 'points-subgraph',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // one PostgreSQL for the whole run (shared with every project that lists it); testDatabase() per file
    globalSetup: ['@xiangzhi/testing/global-setup'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
