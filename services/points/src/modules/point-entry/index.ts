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
export { PointEntryService, checkCadre, ownDivision, type AwardInput } from './point-entry.service.js';
export { findCadre, type CadreSummary, type FindCadre, type PointsContext } from './cadre-directory.js';
