export * from './demo/index.js';
export {
  startPostgres,
  freePort,
  tempDataDir,
  databaseUrl,
  ensureDatabase,
  dropDatabase,
  PG_USER,
  PG_PASSWORD,
} from './postgres.js';
export type { StartPostgresOptions, PostgresServer } from './postgres.js';
export { testDatabase, POSTGRES_URL_KEY } from './test-database.js';
export type { TestDatabase } from './test-database.js';
export { graphqlClient } from './graphql-client.js';
export type { GraphqlClient, GraphqlClientOptions, GraphqlError, GraphqlResponse } from './graphql-client.js';
