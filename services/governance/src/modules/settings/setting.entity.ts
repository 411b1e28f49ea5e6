import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/**
 * A per-jurisdiction setting (网格户数上限, 联户数量, 走访频次 …). The most specific division
 * code wins: a village's value overrides its township's, which overrides the county's and the
 * defaults in code. Numbers from the seeds are defaults, never constants.
 */
@Entity({ tableName: 'setting' })
@Unique({ properties: ['divisionCode', 'key'] })
export class Setting extends BaseEntity {
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Property({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;
}
