import { Migration20261122005021 } from './Migration20261122005021.js';
import { Migration20261202080000 } from './Migration20261202080000.js';
import { Migration20261202081000 } from './Migration20261202081000.js';
import { Migration20261202082000 } from './Migration20261202082000.js';
import { Migration20261202083000 } from './Migration20261202083000.js';
import { Migration20261202084000 } from './Migration20261202084000.js';
import type { MigrationObject } from '@mikro-orm/core';

/** Applied in this order at start; a new migration is appended, never edited once landed. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122005021', class: Migration20261122005021 },
  { name: 'Migration20261202080000', class: Migration20261202080000 },
  { name: 'Migration20261202081000', class: Migration20261202081000 },
  { name: 'Migration20261202082000', class: Migration20261202082000 },
  { name: 'Migration20261202083000', class: Migration20261202083000 },
  { name: 'Migration20261202084000', class: Migration20261202084000 },
];
