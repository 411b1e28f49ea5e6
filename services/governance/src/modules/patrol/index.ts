// Public API of the patrol module: 定点巡查台账 (patrol plans, points, check-ins, late and missed windows).
// Other modules, schema.ts, demo.ts and tests import only this file.
export { patrolModule } from './patrol.module.js';
export { PatrolPlan } from './patrol-plan.entity.js';
export { PatrolPoint } from './patrol-point.entity.js';
export { PatrolCheckIn } from './patrol-check-in.entity.js';
export { CheckInMethod, PatrolCategory, PatrolFrequency, PatrolWindowState } from './patrol.enums.js';
export { PatrolCheckInService } from './patrol-check-in.service.js';
export { PatrolWindowService } from './patrol-window.service.js';
export { loadPatrolDemo } from './patrol.demo.js';
