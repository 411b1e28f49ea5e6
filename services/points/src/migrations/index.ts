import { Migration20261202042151 } from './Migration20261202042151.js';
import { Migration20261201225000 } from './Migration20261201225000.js';
import { Migration20261202012000 } from './Migration20261202012000.js';
import { Migration20261122005301 } from './Migration20261122005301.js';
import { Migration20261202085000 } from './Migration20261202085000.js';
import { Migration20261202085100 } from './Migration20261202085100.js';
import { Migration20261202085200 } from './Migration20261202085200.js';
import { Migration20261202086000 } from './Migration20261202086000.js';
import { Migration20261202086100 } from './Migration20261202086100.js';
import type { MigrationObject } from '@mikro-orm/core';

/** Applied in this order at start; a new migration is appended, never edited once landed. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122005301', class: Migration20261122005301 },
  { name: 'Migration20261201225000', class: Migration20261201225000 },
  { name: 'Migration20261202012000', class: Migration20261202012000 },
  { name: 'Migration20261202042151', class: Migration20261202042151 },
  { name: 'Migration20261202085000', class: Migration20261202085000 },
  { name: 'Migration20261202085100', class: Migration20261202085100 },
  { name: 'Migration20261202085200', class: Migration20261202085200 },
  { name: 'Migration20261202086000', class: Migration20261202086000 },
  { name: 'Migration20261202086100', class: Migration20261202086100 },
];
