import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 } from 'uuid';

/** Common columns: UUIDv7 id (time-ordered), timestamps, and a version for optimistic locking. */
export abstract class BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
