import type { NonEmptyArray } from 'type-graphql';
import type { ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { inboxEntities, outboxEntities } from '@xiangzhi/events';
import { migrations } from './migrations/index.js';
import { regionModule } from './modules/region/index.js';
import { gridModule } from './modules/grid/index.js';
import { householdModule } from './modules/household/index.js';
import { cadreModule } from './modules/cadre/index.js';
import { accountModule } from './modules/account/index.js';
import { territoryModule } from './modules/territory/index.js';
import { settingsModule } from './modules/settings/index.js';
import { auditModule } from './modules/audit/index.js';
import { visitModule } from './modules/visit/index.js';
import { register_importModule } from './modules/register-import/index.js';
import { register_exportModule } from './modules/register-export/index.js';
import { pairingModule } from './modules/pairing/index.js';
import { contact_cardModule } from './modules/contact-card/index.js';
import { patrolModule } from './modules/patrol/index.js';
import { supervisionModule } from './modules/supervision/index.js';
import { policyModule } from './modules/policy/index.js';
import { industryModule } from './modules/industry/index.js';
import { attachmentModule } from './modules/attachment/index.js';
import { caseModule } from './modules/case/index.js';
import { service_orderModule } from './modules/service-order/index.js';
import { transparencyModule } from './modules/transparency/index.js';

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
  patrolModule,
  supervisionModule,
  policyModule,
  industryModule,
  attachmentModule,
  caseModule,
  service_orderModule,
  transparencyModule,
];

/** Everything the governance subgraph is made of, shared by main.ts, the schema emitter and tests. */
// the outbox tables (libs/events) are written by the same flush as the changes they describe
export const entities: Function[] = [...modules.flatMap((m) => m.entities), ...outboxEntities, ...inboxEntities];
export const resolvers = modules.flatMap((m) => m.resolvers) as NonEmptyArray<Function>;
export const referenceResolvers: ReferenceResolvers = Object.assign({}, ...modules.map((m) => m.references));
export { migrations };
