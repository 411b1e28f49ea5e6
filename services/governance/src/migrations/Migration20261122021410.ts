import { Migration } from '@mikro-orm/migrations';

export class Migration20261122021410 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index "resident_one_per_id_card" on "resident" ("id_card_index") where "id_card_index" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "resident_one_per_id_card";`);
  }
}
