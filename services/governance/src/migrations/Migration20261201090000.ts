import { Migration } from '@mikro-orm/migrations';

/** Audit action LOOKUP: an exact lookup by ID number or phone is an unmask and is recorded. */
export class Migration20261201090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in ('UNMASK', 'EXPORT', 'IMPORT', 'PERMISSION_CHANGE', 'LOOKUP'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_record" drop constraint if exists "audit_record_action_check";`);
    this.addSql(
      `alter table "audit_record" add constraint "audit_record_action_check" check("action" in ('UNMASK', 'EXPORT', 'IMPORT', 'PERMISSION_CHANGE'));`,
    );
  }
}
