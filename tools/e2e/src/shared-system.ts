// The system the e2e project's globalSetup (./global-setup.ts) started for the whole run.
import { inject } from 'vitest';

/** The key under which the globalSetup provides the shared system to every e2e test file. */
export const SHARED_SYSTEM_KEY = 'xiangzhiE2eSystem';

export interface SharedSystem {
  /** The shell, e.g. http://127.0.0.1:41234 (the page's origin; /graphql is proxied). */
  baseUrl: string;
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** How long starting the system took. */
  startupMs: number;
  /** The points database (the ranking test ends an objection window, as time would). */
  pointsDatabaseUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    xiangzhiE2eSystem: SharedSystem;
  }
}

/** The running system; a clear error when the file runs outside the e2e project. */
export function sharedSystem(): SharedSystem {
  const system = inject(SHARED_SYSTEM_KEY);
  if (!system) {
    throw new Error(
      'no shared e2e system: run browser tests through the e2e project (`npx vitest run --project e2e --configLoader runner`), whose globalSetup is tools/e2e/src/global-setup.ts',
    );
  }
  return system;
}
