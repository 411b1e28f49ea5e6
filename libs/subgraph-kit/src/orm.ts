import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { DataloaderType, type MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';

export interface OrmSettings {
  databaseUrl: string;
  entities: Function[];
  migrations: MigrationObject[];
  log?: Logger;
  /** Counts statements, for the N+1 checks in tests and benchmarks. */
  onQuery?: (sql: string) => void;
  /** Most connections the pool opens (the services' DB_POOL_SIZE); 10 unless given. */
  poolSize?: number;
}

export const DEFAULT_POOL_SIZE = 10;

/** One ORM config for every service: explicit entity list, dataloader on, migrations from a committed list. */
export function ormConfig(s: OrmSettings): Options {
  return defineConfig({
    clientUrl: s.databaseUrl,
    entities: s.entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    extensions: [Migrator],
    migrations: { migrationsList: s.migrations, transactional: true, allOrNothing: true, snapshot: false, emit: 'ts' },
    // Statements only for the tests' counter, and never 'query-params': with it MikroORM inlines the
    // parameter values (names, addresses, birth dates) into the text it hands to the logger.
    debug: s.onQuery ? ['query'] : false,
    // plain text: coloured lines start with an ANSI code, so the '[query]' test below never matched
    colors: false,
    logger: (message: string) => {
      if (message.startsWith('[query')) s.onQuery?.(message);
      else s.log?.debug({ orm: message });
    },
    pool: { min: 0, max: s.poolSize ?? DEFAULT_POOL_SIZE },
  });
}

/** Opens the ORM and applies pending migrations (each in one transaction, all or nothing). */
export async function openOrm(s: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(s));
  await orm.getMigrator().up();
  return orm;
}
