import { Migration } from '@mikro-orm/migrations';
import { OUTBOX_SCHEMA_V1 } from '@xiangzhi/events';

/** The events outbox (libs/events, version 1): outbox, subscribers, deliveries and the fan-out trigger. */
export class Migration20261201224800 extends Migration {
  override async up(): Promise<void> {
    for (const sql of OUTBOX_SCHEMA_V1) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_delivery" cascade;`);
    this.addSql(`drop table if exists "event_outbox" cascade;`);
    this.addSql(`drop table if exists "event_subscriber" cascade;`);
    this.addSql(`drop function if exists "event_outbox_fan_out"();`);
  }
}
