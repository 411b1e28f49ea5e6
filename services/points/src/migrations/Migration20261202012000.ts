import { Migration } from '@mikro-orm/migrations';

/** 我的积分: an event's line keeps what its rule gave, so a line the monthly cap cut says so. */
export class Migration20261202012000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "point_entry" add column "rule_points" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "point_entry" drop column "rule_points";`);
  }
}
