import type { NonEmptyArray } from 'type-graphql';
import type { ReferenceResolvers } from '@xiangzhi/subgraph-kit';
import { Region } from './modules/region/region.entity.js';
import { RegionResolver, regionReference } from './modules/region/region.resolver.js';
import { Grid } from './modules/grid/grid.entity.js';
import { GridResolver } from './modules/grid/grid.resolver.js';
import { Household } from './modules/household/household.entity.js';
import { Resident } from './modules/household/resident.entity.js';
import { HouseholdResolver } from './modules/household/household.resolver.js';
import { householdReference } from './modules/household/household.reference.js';
import { Cadre } from './modules/cadre/cadre.entity.js';
import { Pairing } from './modules/cadre/pairing.entity.js';
import { CadreResolver, cadreReference } from './modules/cadre/cadre.resolver.js';
import { Account } from './modules/account/account.entity.js';
import { RefreshToken } from './modules/account/refresh-token.entity.js';
import { AuthResolver } from './modules/account/auth.resolver.js';
import { migrations } from './migrations/index.js';
import { VillagerGroup } from './modules/territory/villager-group.entity.js';
import { GridMember } from './modules/grid/grid-member.entity.js';
import { HouseholdTag } from './modules/household/household-tag.entity.js';
import { HouseholdGridMove } from './modules/household/household-grid-move.entity.js';
import { Setting } from './modules/settings/setting.entity.js';
import { AuditRecord } from './modules/audit/audit-record.entity.js';
import { Visit } from './modules/visit/visit.entity.js';
import { ImportJob } from './modules/register-import/import-job.entity.js';

/** Everything the governance subgraph is made of, shared by main.ts, the schema emitter and tests. */
export const entities = [
  Region, Grid, Household, Resident, Cadre, Pairing, Account, RefreshToken,
  VillagerGroup, GridMember, HouseholdTag, HouseholdGridMove, Setting, AuditRecord, Visit, ImportJob,
];
export const resolvers: NonEmptyArray<Function> = [RegionResolver, GridResolver, HouseholdResolver, CadreResolver, AuthResolver];
export const referenceResolvers: ReferenceResolvers = { ...regionReference, ...householdReference, ...cadreReference };
export { migrations };
