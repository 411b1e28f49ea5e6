import { Migration20261202044219 } from './Migration20261202044219.js';
import { Migration20261202042252 } from './Migration20261202042252.js';
import { Migration20261202015843 } from './Migration20261202015843.js';
import { Migration20261201224800 } from './Migration20261201224800.js';
import { Migration20261201223401 } from './Migration20261201223401.js';
import { Migration20261201090000 } from './Migration20261201090000.js';
import { Migration20261122024500 } from './Migration20261122024500.js';
import { Migration20261122021410 } from './Migration20261122021410.js';
import { Migration20261122012447 } from './Migration20261122012447.js';
import { Migration20261122011820 } from './Migration20261122011820.js';
import { Migration20261122011722 } from './Migration20261122011722.js';
import { Migration20261122010655 } from './Migration20261122010655.js';
import { Migration20261122004812 } from './Migration20261122004812.js';
import { Migration20261202042632 } from './Migration20261202042632.js';
import { Migration20261202045120 } from './Migration20261202045120.js';
import { Migration20261202045642 } from './Migration20261202045642.js';
import { Migration20261202080000 } from './Migration20261202080000.js';
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202044631 } from './Migration20261202044631.js';
import { Migration20261202042633 } from './Migration20261202042633.js';
import { Migration20261202042607 } from './Migration20261202042607.js';
import { Migration20261202042618 } from './Migration20261202042618.js';

/** Applied in this order at start; a new migration is appended, never edited once landed. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122004812', class: Migration20261122004812 },
  { name: 'Migration20261122010655', class: Migration20261122010655 },
  { name: 'Migration20261122011722', class: Migration20261122011722 },
  { name: 'Migration20261122011820', class: Migration20261122011820 },
  { name: 'Migration20261122012447', class: Migration20261122012447 },
  { name: 'Migration20261122021410', class: Migration20261122021410 },
  { name: 'Migration20261122024500', class: Migration20261122024500 },
  { name: 'Migration20261201090000', class: Migration20261201090000 },
  { name: 'Migration20261201223401', class: Migration20261201223401 },
  { name: 'Migration20261201224800', class: Migration20261201224800 },
  { name: 'Migration20261202015843', class: Migration20261202015843 },
  { name: 'Migration20261202042252', class: Migration20261202042252 },
  { name: 'Migration20261202042607', class: Migration20261202042607 },
  { name: 'Migration20261202042618', class: Migration20261202042618 },
  { name: 'Migration20261202042632', class: Migration20261202042632 },
  { name: 'Migration20261202042633', class: Migration20261202042633 },
  { name: 'Migration20261202044219', class: Migration20261202044219 },
  { name: 'Migration20261202044631', class: Migration20261202044631 },
  { name: 'Migration20261202045120', class: Migration20261202045120 },
  { name: 'Migration20261202045642', class: Migration20261202045642 },
  { name: 'Migration20261202080000', class: Migration20261202080000 },
];
