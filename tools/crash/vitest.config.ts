import { defineConfig } from 'vitest/config';

// Crash tests: real service processes killed with SIGKILL mid-work. One file at a time (they are heavy).
export default defineConfig({
  test: {
    name: '@xiangzhi/crash',
    include: ['src/**/*.spec.ts'],
    globalSetup: ['@xiangzhi/testing/global-setup'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
