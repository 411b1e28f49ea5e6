// Public API of the supervision module: 工作督办卡 (tasks issued by the township office to cadres).
// Other modules, schema.ts, demo.ts and tests import only this file.
export { supervisionModule } from './supervision.module.js';
export { SupervisionStatus, SupervisionTask } from './supervision-task.entity.js';
export { SupervisionService } from './supervision.service.js';
export { loadSupervisionDemo } from './supervision.demo.js';
