import { Migration } from '@mikro-orm/migrations';
import { INBOX_SCHEMA_V1 } from '@xiangzhi/events';

/** Governance consumes meetings' events (forum items become cases): the events inbox (libs/events, version 1). */
export class Migration20261202080000 extends Migration {
  override async up(): Promise<void> {
    for (const sql of INBOX_SCHEMA_V1) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_inbox" cascade;`);
  }
}
