// Usage: npx tsx tools/dev/src/make-migration.ts <governance|meetings|points>
// Diffs the service's entities against its committed migrations on a throw-away Postgres and
// writes the difference to services/<name>/src/migrations, then lists it in migrations/index.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { MigrationObject } from '@mikro-orm/core';
import { makeMigration } from '@xiangzhi/subgraph-kit';
import { startPostgres, tempDataDir } from '@xiangzhi/testing/postgres';

const SERVICES = ['governance', 'meetings', 'points'] as const;
type ServiceName = (typeof SERVICES)[number];

async function main(): Promise<void> {
  const name = process.argv[2] as ServiceName;
  if (!SERVICES.includes(name)) throw new Error(`usage: make-migration <${SERVICES.join('|')}>`);
  const root = resolve(import.meta.dirname, '../../..');
  const dir = join(root, 'services', name, 'src', 'migrations');
  const mod = (await import(join(root, 'services', name, 'src', 'schema.ts'))) as {
    entities: Function[];
    migrations: MigrationObject[];
  };
  const pg = await startPostgres({ dataDir: await tempDataDir(), port: 0, persistent: false });
  try {
    const file = await makeMigration({
      databaseUrl: await pg.createDatabase('scratch'),
      entities: mod.entities,
      migrations: mod.migrations,
      dir,
    });
    if (!file) {
      console.log('entities and migrations agree: nothing to write');
      return;
    }
    const cls = basename(file).replace(/\.ts$/, '');
    const indexPath = join(dir, 'index.ts');
    let index = await readFile(indexPath, 'utf8');
    index = `import { ${cls} } from './${cls}.js';\n` + index;
    index = index.replace(/\];\s*$/, `  { name: '${cls}', class: ${cls} },\n];\n`).replace('= [  {', '= [\n  {');
    await writeFile(indexPath, index);
    console.log(`wrote services/${name}/src/migrations/${cls}.ts`);
  } finally {
    await pg.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
