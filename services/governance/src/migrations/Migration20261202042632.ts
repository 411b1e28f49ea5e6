import { Migration } from '@mikro-orm/migrations';

// Time limits in working days, [yellow, red], per stage and level. Seed 003 (群众说事) gives the only number:
// a village takes up a matter within 3 days of the 说事日 (两委会议研究), hence village accept 2/3. The rest
// are our defaults for a county to adjust: accept 1/2; handle 5/10 at grid and village, 10/15 at the township,
// 15/20 at the county; feedback 2/3. Petitions (信访类) run shorter.
const LEVELS = ['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY'] as const;
type Level = (typeof LEVELS)[number];
type Limits = Record<'ACCEPT' | 'HANDLE' | 'FEEDBACK', Record<Level, [number, number]>>;
const ORDINARY: Limits = {
  ACCEPT: { GRID: [1, 2], VILLAGE: [2, 3], TOWNSHIP: [1, 2], COUNTY: [1, 2] },
  HANDLE: { GRID: [5, 10], VILLAGE: [5, 10], TOWNSHIP: [10, 15], COUNTY: [15, 20] },
  FEEDBACK: { GRID: [2, 3], VILLAGE: [2, 3], TOWNSHIP: [2, 3], COUNTY: [2, 3] },
};
const PETITION: Limits = {
  ACCEPT: { GRID: [1, 2], VILLAGE: [1, 2], TOWNSHIP: [1, 2], COUNTY: [1, 2] },
  HANDLE: { GRID: [3, 5], VILLAGE: [3, 5], TOWNSHIP: [7, 10], COUNTY: [10, 15] },
  FEEDBACK: { GRID: [1, 2], VILLAGE: [1, 2], TOWNSHIP: [1, 2], COUNTY: [1, 2] },
};
const KINDS: [string, Limits][] = [
  ['PROBLEM', ORDINARY],
  ['DEMAND', ORDINARY],
  ['PETITION', PETITION],
  ['SUGGESTION', ORDINARY],
];

// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): holidays, and the weekend days worked instead (调休).
const HOLIDAYS_2026: [string, string, string, string[]][] = [
  ['元旦', '01-01', '01-03', ['01-04']],
  ['春节', '02-15', '02-23', ['02-14', '02-28']],
  ['清明节', '04-04', '04-06', []],
  ['劳动节', '05-01', '05-05', ['05-09']],
  ['端午节', '06-19', '06-21', []],
  ['中秋节', '09-25', '09-27', []],
  ['国庆节', '10-01', '10-07', ['09-20', '10-10']],
];

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function limitRows(): string[] {
  return KINDS.flatMap(([kind, limits]) =>
    Object.entries(limits).flatMap(([stage, byLevel]) =>
      LEVELS.map((level) => {
        const [yellow, red] = byLevel[level];
        return `(gen_random_uuid(), '', '${kind}', '${level}', '${stage}', ${yellow}, ${red})`;
      }),
    ),
  );
}

function holidayRows(): string[] {
  return HOLIDAYS_2026.flatMap(([name, first, last, worked]) => {
    const rows: string[] = [];
    for (let d = new Date(`2026-${first}T00:00:00Z`); d <= new Date(`2026-${last}T00:00:00Z`);) {
      rows.push(`(gen_random_uuid(), '', '${d.toISOString().slice(0, 10)}', false, ${quote(name)})`);
      d = new Date(d.getTime() + 86_400_000);
    }
    for (const w of worked) rows.push(`(gen_random_uuid(), '', '2026-${w}', true, ${quote(`${name}调休上班`)})`);
    return rows;
  });
}

/** The case clock: time limits (with the defaults), holidays (the 2026 calendar), clock state and reminders. */
export class Migration20261202042632 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_time_limit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "division_code" varchar(12) not null, "kind" text check ("kind" in ('PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION')) not null, "level" text check ("level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) not null, "stage" text check ("stage" in ('ACCEPT', 'HANDLE', 'FEEDBACK')) not null, "yellow_days" int not null, "red_days" int not null, "updated_by" varchar(64) null, constraint "case_time_limit_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "case_time_limit" add constraint "case_time_limit_division_code_kind_level_stage_unique" unique ("division_code", "kind", "level", "stage");`,
    );
    this.addSql(
      `create table "case_holiday" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "county_code" varchar(6) not null, "date" date not null, "working" boolean not null, "name" varchar(20) not null, constraint "case_holiday_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "case_holiday" add constraint "case_holiday_county_code_date_unique" unique ("county_code", "date");`,
    );
    this.addSql(
      `create table "case_clock" ("case_id" uuid not null, "level" text check ("level" in ('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY')) not null, "stage_paused_days" int not null default 0, "extension_base" int not null default 0, constraint "case_clock_pkey" primary key ("case_id"));`,
    );
    this.addSql(
      `create table "case_reminder" ("id" uuid not null, "case_id" uuid not null, "cadre_id" uuid not null, "stage" text check ("stage" in ('ACCEPT', 'HANDLE', 'FEEDBACK')) not null, "kind" text check ("kind" in ('BEFORE_YELLOW', 'BEFORE_RED')) not null, "due_at" timestamptz not null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "case_reminder_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_reminder_cadre_id_created_at_index" on "case_reminder" ("cadre_id", "created_at");`,
    );
    this.addSql(
      `alter table "case_reminder" add constraint "case_reminder_case_id_stage_kind_due_at_unique" unique ("case_id", "stage", "kind", "due_at");`,
    );
    this.addSql(
      `alter table "case_reminder" add constraint "case_reminder_case_id_foreign" foreign key ("case_id") references "case_record" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "case_reminder" add constraint "case_reminder_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade;`,
    );

    this.addSql(
      `insert into "case_time_limit" ("id", "division_code", "kind", "level", "stage", "yellow_days", "red_days") values ${limitRows().join(', ')};`,
    );
    this.addSql(
      `insert into "case_holiday" ("id", "county_code", "date", "working", "name") values ${holidayRows().join(', ')};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_reminder" cascade;`);
    this.addSql(`drop table if exists "case_clock" cascade;`);
    this.addSql(`drop table if exists "case_holiday" cascade;`);
    this.addSql(`drop table if exists "case_time_limit" cascade;`);
  }
}
