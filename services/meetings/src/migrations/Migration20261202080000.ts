import { Migration } from '@mikro-orm/migrations';
import { INBOX_SCHEMA_V1, OUTBOX_SCHEMA_V1 } from '@xiangzhi/events';

/**
 * Meetings publishes events (forum items, attendance, notices) and consumes governance's (the state of
 * the cases its items became): the outbox and the inbox of libs/events, version 1.
 */
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of OUTBOX_SCHEMA_V1) this.addSql(sql);
    for (const sql of INBOX_SCHEMA_V1) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const t of ['event_inbox', 'event_delivery', 'event_outbox', 'event_subscriber'])
      this.addSql(`drop table if exists "${t}" cascade;`);
    this.addSql(`drop function if exists "event_outbox_fan_out"();`);
  }
}
