import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Package folders (with a package.json) under `parent`: a glob like `libs/*` also matches READMEs. */
const packages = (parent: string): string[] =>
  readdirSync(join(root, parent), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, parent, d.name, 'package.json')))
    .map((d) => `${parent}/${d.name}`);

/**
 * One run for the whole monorepo (`npx vitest run`; `npm test` runs the full pipeline).
 * Every package folder is a project: its own vitest/vite config when it has one, the defaults
 * (`**\/*.{test,spec}.ts`) otherwise. Folder projects do not inherit this file; the globalSetup
 * below starts one embedded Postgres for the whole run (shared with projects that list the same
 * file) whose URL every project can `inject`, and testDatabase() from @xiangzhi/testing makes a
 * fresh database per test file.
 */
export default defineConfig({
  test: {
    globalSetup: ['./libs/testing/src/global-setup.ts'],
    // integration tests mostly wait on Postgres: two files at a time even on a 2-core machine
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      ...packages('libs'),
      ...packages('services'),
      ...packages('frontends'),
      'tools/dev',
      'tools/crash',
      {
        // browser tests against the running system: after every other project, one file at a time;
        // its globalSetup starts that system once for all of them (tools/e2e/src/global-setup.ts)
        test: {
          name: 'e2e',
          include: ['tools/e2e/**/*.e2e.ts'],
          globalSetup: ['./tools/e2e/src/global-setup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
