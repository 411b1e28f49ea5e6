// Public API of the grid module: the 3-level grid and its household capacity rule.
// Other modules, schema.ts, demo.ts and tests import only this file.
export { gridModule } from './grid.module.js';
export { Grid, GridLevel } from './grid.entity.js';
export { areaCapacity, gridFull, gridFullMessage, takeGridPlaces } from './grid-capacity.js';
export { GridErrorCode, gridError } from './grid.errors.js';
export { gridService } from './grid.service.js';
