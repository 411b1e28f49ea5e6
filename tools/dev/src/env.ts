import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (tools/dev/src → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
  .optional();

const schema = z.object({
  /** Embedded Postgres of `npm start` (5433, so it never meets a system Postgres on 5432). */
  PG_PORT: port(5433),
  GATEWAY_PORT: port(4000),
  GOVERNANCE_PORT: port(4001),
  MEETINGS_PORT: port(4002),
  POINTS_PORT: port(4003),
  /** The shell and the micro-frontends. */
  SHELL_PORT: port(8080),
  /** Interface of the shell's server: loopback unless opened on purpose (0.0.0.0 for the LAN). */
  SHELL_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address')
    .default('127.0.0.1'),
  /** Where keys and the dev database live; relative paths are taken from the repository root. */
  DATA_DIR: z
    .string()
    .default('.data')
    .transform((dir) => (isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir))),
  /** An external database per service; the embedded Postgres is skipped when all three are set. */
  GOVERNANCE_DATABASE_URL: databaseUrl,
  MEETINGS_DATABASE_URL: databaseUrl,
  POINTS_DATABASE_URL: databaseUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long one service may take to answer /readyz (first start compiles, migrates and seeds). */
  READY_TIMEOUT_S: z.coerce.number().int().min(1).default(180),
});

export type DevEnv = z.infer<typeof schema>;

/** Validates the environment of the dev tools; the error lists every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): DevEnv {
  // an empty variable (`PG_PORT=`) means "not set", as in a .env file
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment for npm start / npm test:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const env: DevEnv = parseEnv(process.env);
