// Public API of the territory module: villager groups and the jurisdiction checks every module uses.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { territoryModule } from './territory.module.js';
export { demoStream, demoUuid } from './demo-random.js';
export { assertManages, refusal, requireAction, requireWrite } from './territory.access.js';
export { VillagerGroup } from './villager-group.entity.js';
