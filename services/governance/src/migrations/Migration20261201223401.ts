import { Migration } from '@mikro-orm/migrations';

const ACTIONS = [
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
 * Sessions and account administration: session families (refresh-token rotation, reuse and
 * logout revoke a family), login throttling per username and address, security settings,
 * accounts that must change a temporary password; audit records of logins and account changes
 * (actor may be unknown, client address, outcome), append-only in the database.
 */
export class Migration20261201223401 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "login_throttle" ("key" varchar(120) not null, "window_start" timestamptz not null, "attempts" int not null, constraint "login_throttle_pkey" primary key ("key", "window_start"));`,
    );
    this.addSql(`create index "login_throttle_window_start_index" on "login_throttle" ("window_start");`);

    this.addSql(
      `create table "security_settings" ("id" smallint not null default 1, "max_failed_logins" int not null default 5, "lock_minutes" int not null default 15, "idle_minutes" int not null default 30, "logins_per_minute_per_user" int not null default 10, "logins_per_minute_per_address" int not null default 30, "updated_at" timestamptz null, "updated_by" uuid null, constraint "security_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "session_family" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "account_id" uuid not null, "last_used_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(50) null, constraint "session_family_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_family_account_id_index" on "session_family" ("account_id");`);
    this.addSql(
      `alter table "session_family" add constraint "session_family_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "account" add column "must_change_password" boolean not null default false, add column "last_login_at" timestamptz null;`,
    );

    // Refresh tokens issued before families existed cannot be placed in one: those sessions log in again.
    this.addSql(`delete from "refresh_token";`);
    this.addSql(`alter table "refresh_token" drop column "revoked_at";`);
    this.addSql(
      `alter table "refresh_token" add column "family_id" uuid not null, add column "used_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_family_id_foreign" foreign key ("family_id") references "session_family" ("id") on update cascade;`,
    );
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(
      `alter table "audit_record" add column "outcome" text check ("outcome" in ('SUCCESS', 'FAILURE')) not null default 'SUCCESS', add column "client_address" varchar(64) null;`,
    );
    this.addSql(`alter table "audit_record" alter column "actor_id" drop not null;`);
    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in (${list(ACTIONS)}));`,
    );
    this.addSql(`create index "audit_record_action_index" on "audit_record" ("action");`);
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);

    // the audit trail is append-only: the database refuses any change or removal
    this.addSql(`create function "audit_record_append_only"() returns trigger language plpgsql as $$
      begin raise exception '审计记录只增不改，不能修改或删除' using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger "audit_record_append_only" before update or delete or truncate on "audit_record"
      for each statement execute function "audit_record_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_record_append_only" on "audit_record";`);
    this.addSql(`drop function if exists "audit_record_append_only"();`);
    this.addSql(`drop index "audit_record_action_index";`);
    this.addSql(`drop index "audit_record_at_index";`);
    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in ('UNMASK', 'EXPORT', 'IMPORT', 'PERMISSION_CHANGE', 'LOOKUP'));`,
    );
    this.addSql(`alter table "audit_record" drop column "outcome", drop column "client_address";`);

    this.addSql(`delete from "refresh_token";`);
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_family_id_foreign";`);
    this.addSql(`alter table "refresh_token" drop column "family_id", drop column "used_at";`);
    this.addSql(`alter table "refresh_token" add column "revoked_at" timestamptz null;`);

    this.addSql(`alter table "account" drop column "must_change_password", drop column "last_login_at";`);
    this.addSql(`drop table if exists "session_family" cascade;`);
    this.addSql(`drop table if exists "security_settings" cascade;`);
    this.addSql(`drop table if exists "login_throttle" cascade;`);
  }
}
