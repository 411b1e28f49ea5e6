import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

export enum ImportStatus { VALIDATING = 'VALIDATING', VALIDATED = 'VALIDATED', IMPORTING = 'IMPORTING', DONE = 'DONE', FAILED = 'FAILED' }
export enum ImportMode { ALL_OR_NOTHING = 'ALL_OR_NOTHING', VALID_ONLY = 'VALID_ONLY' }

/** An Excel import of the register: validated first (report), then written as the user chooses. */
@Entity({ tableName: 'import_job' })
export class ImportJob extends BaseEntity {
  @Index()
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Enum({ items: () => ImportStatus, type: 'string' })
  status: ImportStatus = ImportStatus.VALIDATING;

  @Enum({ items: () => ImportMode, type: 'string', nullable: true })
  mode: ImportMode | null = null;

  @Property({ type: 'integer', default: 0 }) totalRows = 0;
  @Property({ type: 'integer', default: 0 }) validRows = 0;
  @Property({ type: 'integer', default: 0 }) errorRows = 0;
  @Property({ type: 'integer', default: 0 }) processedRows = 0;
  @Property({ type: 'integer', default: 0 }) createdHouseholds = 0;
  @Property({ type: 'integer', default: 0 }) updatedHouseholds = 0;

  /** Row-level problems: [{ row, column, message }] (Chinese). */
  @Property({ type: 'json', nullable: true })
  report: unknown = null;

  /** Parsed, validated rows kept until the user chooses how to write them (never plaintext PII: encrypted at parse). */
  @Property({ type: 'json', nullable: true, lazy: true })
  staged: unknown = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
