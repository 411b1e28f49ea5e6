// vitest globalSetup of the e2e project (root vitest.config.ts): ONE running system for every
// browser test file of the run. It starts before the first file and stops after the last, so a
// new *.e2e.ts file costs its own tests only, not another ~20 s start. Test files read the URLs
// with sharedSystem() (./shared-system.ts). Data the tests change stays changed for the files
// that run after them: each file writes only where no other file counts (see the files' notes).
import type { TestProject } from 'vitest/node';
import { SHARED_SYSTEM_KEY } from './shared-system.js';
import { startE2eSystem } from './system.js';

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const system = await startE2eSystem();
  project.provide(SHARED_SYSTEM_KEY, {
    baseUrl: system.baseUrl,
    gatewayUrl: system.urls.gateway,
    startupMs: system.timings.totalMs ?? 0,
    pointsDatabaseUrl: system.urls.databases.points,
  });
  return () => system.stop();
}
