import type { GovernanceModule } from '../../module.js';
import { PatrolPlan } from './patrol-plan.entity.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { PatrolCheckIn } from './patrol-check-in.entity.js';
import {
  PatrolCheckInResolver,
  PatrolPlanResolver,
  PatrolPointResolver,
  PatrolWindowResolver,
} from './patrol.resolver.js';

/** What the patrol module adds to the governance subgraph: 定点巡查台账 (plans, points, check-ins, windows). */
export const patrolModule: GovernanceModule = {
  entities: [PatrolPlan, PatrolPoint, PatrolCheckIn],
  resolvers: [PatrolPlanResolver, PatrolPointResolver, PatrolCheckInResolver, PatrolWindowResolver],
  references: {},
};
