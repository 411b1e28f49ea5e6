import type pg from 'pg';

/** What the points ledger holds for one rule key (an event type or an outcome of one). */
export interface LedgerFigures {
  lines: number;
  events: number;
  points: number;
  /** Most lines one event earned one cadre (1 when nothing was counted twice). */
  maxPerEvent: number;
}

export async function ledgerOf(pts: pg.Pool, ruleKey: string): Promise<LedgerFigures> {
  const { rows } = await pts.query<Record<string, string>>(
    `select count(*) as lines, count(distinct event_id) as events, coalesce(sum(points), 0) as points,
       coalesce(max(n), 0) as max_per_event
     from point_entry e
     left join (select event_id as id, cadre_id as cadre, count(*) as n from point_entry group by 1, 2) x
       on x.id = e.event_id and x.cadre = e.cadre_id
     where e.event_type = $1`,
    [ruleKey],
  );
  const r = rows[0]!;
  return {
    lines: Number(r.lines),
    events: Number(r.events),
    points: Number(r.points),
    maxPerEvent: Number(r.max_per_event),
  };
}

/** Ids of the events of `type` in a producer's outbox. */
export async function outboxIds(producer: pg.Pool, type: string): Promise<Set<string>> {
  const { rows } = await producer.query<{ id: string }>('select id from event_outbox where type = $1', [type]);
  return new Set(rows.map((r) => r.id));
}

/** Ids of the events the ledger's lines of `ruleKey` point at. */
export async function ledgerEventIds(pts: pg.Pool, ruleKey: string): Promise<string[]> {
  const { rows } = await pts.query<{ event_id: string }>('select event_id from point_entry where event_type = $1', [
    ruleKey,
  ]);
  return rows.map((r) => r.event_id);
}

/**
 * A test county's own rule, 1 point and no monthly cap, so that every event earns exactly one line
 * (the defaults cap some keys per month). Written as the rules admin would leave the table.
 */
export async function uncappedRule(pts: pg.Pool, divisionCode: string, ruleKey: string): Promise<void> {
  await pts.query(
    `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason)
     values (gen_random_uuid(), $1, $2, 1, null, $3)`,
    [divisionCode, ruleKey, `${ruleKey}（压测规则，不设上限）`],
  );
}
