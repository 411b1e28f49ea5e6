export { PointEntry, PointEntryConnection } from './point-entry.entity.js';
export { PointMonthFreeze } from './month-freeze.entity.js';
export {
  FreezeBook,
  MONTH_PATTERN,
  SYSTEM_ACCOUNT_ID,
  chinaMonth,
  freezeMonth,
  monthStart,
  nextMonth,
  previousMonth,
} from './month.js';
export { PointEntryService, checkCadre, ownDivision } from './point-entry.service.js';
export { PointEntryErrorCode, pointEntryError } from './point-entry.errors.js';
export { CadreRef } from './point-entry.reference.js';
export { visibleCadre } from './point-entry.resolver.js';
export { findCadre, type CadreSummary, type FindCadre, type PointsContext } from './cadre-directory.js';
