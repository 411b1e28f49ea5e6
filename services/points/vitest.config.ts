import { defineConfig } from 'vitest/config';

// Works alone (`npx vitest run` here) and as a project of the root config.
export default defineConfig({
  test: {
    name: 'points-subgraph',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // integration files start their own PostgreSQL (initdb ≈ 1–2 s)
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
});
