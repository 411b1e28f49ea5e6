import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One validated row of an import, kept between "validate" and "commit" (the staging table).
 * Personal data is already sealed (ciphertext, blind index, masked form): never plaintext at
 * rest. Written with COPY and read with set-based SQL (import-validate.ts, import-commit.ts);
 * the staged rows of a job are deleted once it is done.
 */
@Entity({ tableName: 'import_row' })
@Index({ properties: ['jobId', 'householdKey'] })
export class ImportRow {
  [PrimaryKeyProp]?: ['jobId', 'rowNo'];

  @PrimaryKey({ type: 'uuid' }) jobId!: string;
  /** The row number in the worksheet. */
  @PrimaryKey({ type: 'integer' }) rowNo!: number;

  @Property({ type: 'string', length: 64 }) householdKey!: string;
  @Property({ type: 'boolean' }) isHead!: boolean;
  /** [{ column, message }] of this row; null when it can be imported. */
  @Property({ type: 'jsonb', nullable: true }) errors: { column: string; message: string }[] | null = null;

  @Property({ type: 'string', length: 50, nullable: true }) name: string | null = null;
  @Property({ type: 'string', length: 20, nullable: true }) relation: string | null = null;
  @Property({ type: 'string', length: 8, nullable: true }) sex: string | null = null;
  @Property({ type: 'date', nullable: true }) birthDate: string | null = null;
  @Property({ type: 'string', length: 50, nullable: true }) nameInitials: string | null = null;
  @Property({ type: 'text', nullable: true }) idCardCipher: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) idCardIndex: string | null = null;
  @Property({ type: 'string', length: 18, nullable: true }) idCardMasked: string | null = null;
  @Property({ type: 'text', nullable: true }) phoneCipher: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) phoneIndex: string | null = null;
  @Property({ type: 'string', length: 16, nullable: true }) phoneMasked: string | null = null;
  @Property({ type: 'string', length: 50, nullable: true }) occupation: string | null = null;

  // household columns: the head's row holds the household; other rows repeat them or leave them empty
  @Property({ type: 'uuid', nullable: true }) groupId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) gridId: string | null = null;
  @Property({ type: 'string', length: 200, nullable: true }) address: string | null = null;
  @Property({ type: 'string', length: 20, nullable: true }) incomeBand: string | null = null;
  @Property({ type: 'text', nullable: true }) production: string | null = null;
  @Property({ type: 'text', nullable: true }) living: string | null = null;
  @Property({ type: 'text', nullable: true }) difficulties: string | null = null;
  /** Tag kinds, comma-separated (HouseholdTagKind names). */
  @Property({ type: 'text', nullable: true }) tags: string | null = null;
}
