import { defineConfig } from 'vitest/config';

// Works alone and as a project of the root config; the integration tests need the run's PostgreSQL.
export default defineConfig({
  test: {
    name: '@xiangzhi/events',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['@xiangzhi/testing/global-setup'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
