import type { NonEmptyArray } from 'type-graphql';
import type { ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { outboxEntities } from '@xiangzhi/events';
import { migrations } from './migrations/index.js';
import { regionModule } from './modules/region/region.module.js';
import { gridModule } from './modules/grid/grid.module.js';
import { householdModule } from './modules/household/household.module.js';
import { cadreModule } from './modules/cadre/cadre.module.js';
import { accountModule } from './modules/account/account.module.js';
import { territoryModule } from './modules/territory/territory.module.js';
import { settingsModule } from './modules/settings/settings.module.js';
import { auditModule } from './modules/audit/audit.module.js';
import { visitModule } from './modules/visit/visit.module.js';
import { register_importModule } from './modules/register-import/register-import.module.js';
import { register_exportModule } from './modules/register-export/register-export.module.js';
import { pairingModule } from './modules/pairing/pairing.module.js';
import { contact_cardModule } from './modules/contact-card/contact-card.module.js';

const modules = [
  regionModule,
  gridModule,
  householdModule,
  cadreModule,
  accountModule,
  territoryModule,
  settingsModule,
  auditModule,
  visitModule,
  register_importModule,
  register_exportModule,
  pairingModule,
  contact_cardModule,
];

/** Everything the governance subgraph is made of, shared by main.ts, the schema emitter and tests. */
// the outbox tables (libs/events) are written by the same flush as the changes they describe
export const entities: Function[] = [...modules.flatMap((m) => m.entities), ...outboxEntities];
export const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
export const referenceResolvers: ReferenceResolvers = Object.assign({}, ...modules.map((m) => m.references));
export { migrations };
