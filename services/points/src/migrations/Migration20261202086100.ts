import { Migration } from '@mikro-orm/migrations';

/**
 * 网格员考核评议表 scored monthly per grid member, and the party branches' star ratings (党支部星级动态竞争) per
 * village and quarter. The items of the form and the criteria of the stars are data in the services (seed 004).
 */
export class Migration20261202086100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "grid_assessment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "cadre_id" uuid not null, "cadre_name" varchar(50) not null, "division_code" varchar(12) not null, "month" varchar(7) not null, "scores" jsonb not null, "total" int not null, "grade" text check ("grade" in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')) not null, "comment" varchar(200) null, "scored_by" uuid not null, constraint "grid_assessment_pkey" primary key ("id"), constraint "grid_assessment_cadre_id_month_unique" unique ("cadre_id", "month"));`,
    );
    this.addSql(
      `create index "grid_assessment_month_division_code_index" on "grid_assessment" ("month", "division_code");`,
    );
    this.addSql(
      `create table "branch_star_rating" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_code" varchar(12) not null, "period" varchar(7) not null, "scores" jsonb not null, "total" int not null, "score_stars" int not null, "stars" int not null, "previous_stars" int null, "veto_reason" varchar(200) null, "comment" varchar(200) null, "rated_by" uuid not null, constraint "branch_star_rating_pkey" primary key ("id"), constraint "branch_star_rating_village_code_period_unique" unique ("village_code", "period"));`,
    );
    this.addSql(`create index "branch_star_rating_period_index" on "branch_star_rating" ("period");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "branch_star_rating" cascade;`);
    this.addSql(`drop table if exists "grid_assessment" cascade;`);
  }
}
