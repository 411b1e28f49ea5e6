import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011722 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index "grid_one_per_division" on "grid" ("division_code") where "level" in ('TOWNSHIP', 'VILLAGE');`,
    );

    this.addSql(
      `create unique index "grid_member_one_post" on "grid_member" ("grid_id", "cadre_id") where "ended_on" is null;`,
    );
    this.addSql(
      `create unique index "grid_member_one_leader" on "grid_member" ("grid_id") where "role" = 'LEADER' and "ended_on" is null;`,
    );

    this.addSql(
      `alter table "villager_group" add constraint "villager_group_village_code_name_unique" unique ("village_code", "name");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "grid_one_per_division";`);

    this.addSql(`drop index "grid_member_one_post";`);
    this.addSql(`drop index "grid_member_one_leader";`);

    this.addSql(`alter table "villager_group" drop constraint "villager_group_village_code_name_unique";`);
  }
}
