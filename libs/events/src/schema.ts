/*
 * The events tables as SQL for a service's migrations (`for (const s of OUTBOX_SCHEMA_V1) this.addSql(s)`).
 * A landed version is never edited: a change to the entities is a new constant (V2) applied by a new
 * migration. A test checks that the entities and these statements agree.
 */

/** Producer side: the outbox, the subscribers and the delivery rows a trigger fans each event out to. */
export const OUTBOX_SCHEMA_V1: readonly string[] = [
  `create table "event_subscriber" ("name" varchar(64) not null, "url" varchar(500) not null, "active" boolean not null default true, "updated_at" timestamptz not null default now(), constraint "event_subscriber_pkey" primary key ("name"));`,
  `create table "event_outbox" ("id" uuid not null, "type" varchar(100) not null, "aggregate_id" varchar(64) null, "payload" jsonb not null, "created_at" timestamptz not null default now(), constraint "event_outbox_pkey" primary key ("id"));`,
  `create table "event_delivery" ("event_id" uuid not null, "subscriber" varchar(64) not null, "delivered_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" varchar(500) null, constraint "event_delivery_pkey" primary key ("event_id", "subscriber"));`,
  `create index "event_delivery_pending_index" on "event_delivery" ("subscriber", "delivered_at", "event_id");`,
  `alter table "event_delivery" add constraint "event_delivery_event_id_foreign" foreign key ("event_id") references "event_outbox" ("id") on update cascade on delete cascade;`,
  // one delivery row per active subscriber, in the transaction that wrote the events (one statement per insert)
  `create function "event_outbox_fan_out"() returns trigger language plpgsql as $$
    begin
      insert into "event_delivery" ("event_id", "subscriber")
        select n."id", s."name" from new_events n cross join "event_subscriber" s where s."active";
      return null;
    end $$;`,
  `create trigger "event_outbox_fan_out" after insert on "event_outbox" referencing new table as new_events
    for each statement execute function "event_outbox_fan_out"();`,
];

/** Consumer side: the ids of the events already taken. */
export const INBOX_SCHEMA_V1: readonly string[] = [
  `create table "event_inbox" ("event_id" uuid not null, "producer" varchar(64) not null, "type" varchar(100) not null, "outcome" text check ("outcome" in ('APPLIED', 'IGNORED', 'REJECTED')) not null, "error" varchar(500) null, "received_at" timestamptz not null default now(), constraint "event_inbox_pkey" primary key ("event_id"));`,
];
