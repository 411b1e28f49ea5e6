import { Migration } from '@mikro-orm/migrations';

const AUDIT_ACTIONS = [
  'UNMASK',
  'LOOKUP',
  'EXPORT',
  'IMPORT',
  'PERMISSION_CHANGE',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGOUT',
  'SESSION_REVOKED',
  'PASSWORD_CHANGE',
  'ACCOUNT_CREATE',
  'ACCOUNT_UPDATE',
  'ACCOUNT_DISABLE',
  'ACCOUNT_ENABLE',
  'PASSWORD_RESET',
  'ROLE_ASSIGN',
  'ACCOUNT_UNLOCK',
  'SETTINGS_CHANGE',
];
const list = (values: string[]): string => values.map((v) => `'${v}'`).join(', ');

/**
 * 群众点单: service orders, the households' public codes (the QR page's key) and the public page's
 * throttle; the audit log records refused codes.
 */
export class Migration20261202042618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "village_code" varchar(12) not null, "grid_id" uuid null, "kind" text check ("kind" in ('GOVERNMENT', 'PRODUCTION', 'CARE', 'MEDIATION')) not null, "description" varchar(500) not null, "preferred_time" varchar(50) null, "status" text check ("status" in ('ORDERED', 'POSTED', 'DISPATCHED', 'ACCEPTED', 'DONE', 'RATED', 'CANCELLED', 'CONVERTED')) not null default 'ORDERED', "ordered_at" timestamptz not null, "cadre_id" uuid null, "dispatched_by" varchar(64) null, "dispatched_at" timestamptz null, "accepted_at" timestamptz null, "done_at" timestamptz null, "result" varchar(500) null, "rating" smallint null, "rating_comment" varchar(200) null, "rated_at" timestamptz null, "cancel_reason" varchar(200) null, "case_id" uuid null, constraint "service_order_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_order_household_id_index" on "service_order" ("household_id");`);
    this.addSql(`create index "service_order_cadre_id_index" on "service_order" ("cadre_id");`);
    this.addSql(
      `create index "service_order_village_code_status_index" on "service_order" ("village_code", "status");`,
    );
    this.addSql(`create index "service_order_grid_id_status_index" on "service_order" ("grid_id", "status");`);
    this.addSql(
      `alter table "service_order" add constraint "service_order_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_order" add constraint "service_order_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "household_public_code" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "household_id" uuid not null, "code" varchar(32) not null, "revoked_at" timestamptz null, "revoked_by" varchar(64) null, constraint "household_public_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_public_code_household_id_index" on "household_public_code" ("household_id");`);
    this.addSql(
      `alter table "household_public_code" add constraint "household_public_code_code_unique" unique ("code");`,
    );
    this.addSql(
      `create unique index "household_public_code_one_live" on "household_public_code" ("household_id") where "revoked_at" is null;`,
    );
    this.addSql(
      `alter table "household_public_code" add constraint "household_public_code_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "public_throttle" ("key" varchar(120) not null, "window_start" timestamptz not null, "attempts" int not null, constraint "public_throttle_pkey" primary key ("key", "window_start"));`,
    );
    this.addSql(`create index "public_throttle_window_start_index" on "public_throttle" ("window_start");`);

    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in (${list([...AUDIT_ACTIONS, 'PUBLIC_CODE_REFUSED'])}));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in (${list(AUDIT_ACTIONS)}));`,
    );
    this.addSql(`drop table if exists "public_throttle" cascade;`);
    this.addSql(`drop table if exists "household_public_code" cascade;`);
    this.addSql(`drop table if exists "service_order" cascade;`);
  }
}
