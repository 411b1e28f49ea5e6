import { Migration } from '@mikro-orm/migrations';

/**
 * The household's address order key stored (a generated column of the immutable natural_sort_key)
 * and indexed with the village, instead of natural_sort_key computed for every row a list returns.
 */
export class Migration20261202015843 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "household_village_natural_address";`);

    this.addSql(
      `alter table "household" add column "address_sort_key" text generated always as (natural_sort_key(address)) stored not null;`,
    );
    this.addSql(`create index "household_village_address_sort" on "household" ("village_code", "address_sort_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "household_village_address_sort";`);
    this.addSql(`alter table "household" drop column "address_sort_key";`);

    this.addSql(
      `CREATE INDEX household_village_natural_address ON public.household USING btree (village_code, natural_sort_key((address)::text));`,
    );
  }
}
