import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { CaseLevel } from './case.enums.js';

/**
 * What the clock of a case's current stage was started with (not in GraphQL): the level, the
 * working days paused in this stage and the extension days already granted when it began, so
 * applyClock recomputes the limits from the stage start instead of pushing them twice.
 */
@Entity({ tableName: 'case_clock' })
export class CaseClockState {
  @PrimaryKey({ type: 'uuid' })
  caseId!: string;

  @Enum({ items: () => CaseLevel, type: 'string' })
  level!: CaseLevel;

  @Property({ type: 'integer', default: 0 })
  stagePausedDays: Opt<number> = 0;

  /** Case.extensionDays when the stage began: later approvals move this stage's limits. */
  @Property({ type: 'integer', default: 0 })
  extensionBase: Opt<number> = 0;
}
