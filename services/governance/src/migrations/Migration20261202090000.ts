import { Migration } from '@mikro-orm/migrations';

/** 说事 → 办事: a case remembers the forum item (meetings' agenda item) it was raised from or linked to. */
export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case_record" add column "agenda_item_id" uuid null;`);
    this.addSql(`create index "case_record_agenda_item_id_index" on "case_record" ("agenda_item_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_record_agenda_item_id_index";`);
    this.addSql(`alter table "case_record" drop column "agenda_item_id";`);
  }
}
