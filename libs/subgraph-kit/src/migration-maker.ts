import { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { ormConfig } from './orm.js';

export interface MakeMigrationOptions {
  databaseUrl: string;
  entities: Function[];
  migrations: MigrationObject[];
  /** Folder the TypeScript migration file is written to (the service's src/migrations). */
  dir: string;
}

/**
 * Applies the committed migrations to a scratch database, diffs it against the entities and
 * writes the difference as a new TypeScript migration. Returns its file name, or null when
 * the entities and migrations already agree.
 */
export async function makeMigration(o: MakeMigrationOptions): Promise<string | null> {
  const base = ormConfig({ databaseUrl: o.databaseUrl, entities: o.entities, migrations: o.migrations });
  const orm = await MikroORM.init({
    ...base,
    migrations: { ...base.migrations, path: o.dir, pathTs: o.dir, emit: 'ts' },
  });
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration(o.dir);
    return result.diff.up.length ? result.fileName : null;
  } finally {
    await orm.close(true);
  }
}

/** SQL that would still change the schema after all migrations: empty when they match the entities. */
export async function pendingSchemaSql(orm: MikroORM): Promise<string> {
  return (await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim();
}
