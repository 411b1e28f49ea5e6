import { Migration } from '@mikro-orm/migrations';

/** The case figures count close-outs by village and close date: an index for that half of the query. */
export class Migration20261202045120 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "case_record_village_code_closed_at_index" on "case_record" ("village_code", "closed_at") where "closed_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "case_record_village_code_closed_at_index";`);
  }
}
