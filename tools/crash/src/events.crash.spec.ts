import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Role, TokenSigner } from '@xiangzhi/auth';
import { testDatabase, type TestDatabase } from '@xiangzhi/testing';
import { seedService } from '@xiangzhi/dev/seed-demo';
import { ServiceProcess, makeKeys } from './services.js';
import { VisitRecorder } from './visits.js';

/*
 * 1,000 visits recorded through governance's API while the points service is killed with SIGKILL
 * and started again, and then governance itself (the process that runs the relay). Afterwards:
 * one ledger line per visit, nothing undelivered, and a full replay of the outbox changes nothing.
 */
const VISITS = 1_000;
const COUNTY = '430999';
const log = (m: string): void => console.log(`[crash] ${m}`);
/** Who records the test's visits (Visit.createdBy): the demo county has visits of its own, loaded without events. */
const RECORDER = 'crash_secretary';

let dbs: TestDatabase[] = [];
let gov: pg.Pool;
let pts: pg.Pool;
let governance: ServiceProcess;
let points: ServiceProcess;
let visits: VisitRecorder;

const one = async <T>(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<T> =>
  (await pool.query(sql, params)).rows[0] as T;
const num = async (pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await one<{ n: string }>(pool, sql, params)).n);
const undelivered = (): Promise<number> =>
  num(gov, 'select count(*) as n from event_delivery where delivered_at is null');

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<number> {
  const t0 = performance.now();
  while (!(await check())) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
  return Math.round(performance.now() - t0);
}

/** What the ledger says about the events: lines per event and cadre, and the inbox. */
async function ledger(): Promise<{
  lines: number;
  events: number;
  points: number;
  inbox: number;
  maxPerEvent: number;
}> {
  const r = await one<Record<string, string>>(
    pts,
    `select count(*) as lines, count(distinct event_id) as events, coalesce(sum(points), 0) as points,
    (select count(*) from event_inbox) as inbox,
    coalesce((select max(n) from (select count(*) as n from point_entry where event_id is not null group by event_id, cadre_id) x), 0) as max_per_event
    from point_entry where event_type = 'VisitRecorded'`,
  );
  return {
    lines: Number(r.lines),
    events: Number(r.events),
    points: Number(r.points),
    inbox: Number(r.inbox),
    maxPerEvent: Number(r.max_per_event),
  };
}

beforeAll(async () => {
  const keys = await makeKeys();
  dbs = await Promise.all([testDatabase('crash_governance'), testDatabase('crash_points')]);
  const [govDb, ptsDb] = dbs as [TestDatabase, TestDatabase];
  gov = new pg.Pool({ connectionString: govDb.url, max: 2 });
  pts = new pg.Pool({ connectionString: ptsDb.url, max: 2 });
  const common = { JWT_PUBLIC_KEY: keys.publicKeyPem, GATEWAY_HMAC_SECRET: keys.hmacSecret };
  // the demo county, loaded as npm start's seed step does (the services' boot loads none)
  await seedService('governance', { DATABASE_URL: govDb.url, PII_MASTER_KEY: keys.piiMasterKey });
  points = await ServiceProcess.create('points', { ...common, DATABASE_URL: ptsDb.url });
  governance = await ServiceProcess.create('governance', {
    ...common,
    DATABASE_URL: govDb.url,
    JWT_PRIVATE_KEY: keys.privateKeyPem,
    PII_MASTER_KEY: keys.piiMasterKey,
    EVENT_SUBSCRIBERS: `points=${points.url}/events`,
    EVENT_RELAY_MAX_DELAY_MS: '1000',
  });
  // both at once (no visit is recorded before the rule below is in place)
  const [pointsMs, governanceMs] = await Promise.all([points.start(), governance.start()]);
  log(`points ready in ${pointsMs} ms, governance (demo county loaded) in ${governanceMs} ms`);
  // the test county's own rule, without a cap, so that every visit earns exactly one line
  await pts.query(
    `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason)
    values ($1, $2, 'VisitRecorded', 1, null, '走访（压测规则，不设上限）')`,
    [randomUUID(), COUNTY],
  );

  const recorder = async (): Promise<VisitRecorder> => {
    const village = await one<{ code: string }>(
      gov,
      `select division_code as code from cadre where length(division_code) = 12 group by 1 order by count(*) desc limit 1`,
    );
    const cadres = (await gov.query('select id from cadre where division_code = $1 order by id', [village.code]))
      .rows as { id: string }[];
    const households = (
      await gov.query('select id from household where village_code = $1 order by id limit 200', [village.code])
    ).rows as { id: string }[];
    const signer = await TokenSigner.fromPem(keys.privateKeyPem);
    const { token } = await signer.sign({
      accountId: randomUUID(),
      username: RECORDER,
      roles: [Role.VILLAGE_SECRETARY],
      divisionCode: village.code,
      gridIds: [],
      cadreId: null,
    });
    return new VisitRecorder(
      () => governance.url,
      keys.hmacSecret,
      token,
      households.map((h, i) => ({ householdId: h.id, cadreId: cadres[i % cadres.length]!.id })),
    );
  };
  visits = await recorder();
});

afterAll(async () => {
  await Promise.all([governance?.stop(), points?.stop()]);
  await Promise.all([gov?.end(), pts?.end()]);
  await Promise.all(dbs.map((d) => d.drop().catch(() => undefined)));
});

describe('events survive kill -9 of the consumer and of the relay', () => {
  it(`records ${VISITS} visits across both crashes; afterwards one line per visit, nothing undelivered, and a replay changes nothing`, async () => {
    const t0 = performance.now();
    const done = visits.run(VISITS);

    await visits.reached(150);
    await points.kill9();
    log(`points killed (SIGKILL) after ${visits.recorded} visits; governance goes on recording and its relay retries`);
    await visits.reached(350);
    const backlog = await undelivered();
    log(
      `points restarted in ${await points.start()} ms, ${visits.recorded} visits recorded, ${backlog} events were waiting for it`,
    );

    // cut the relay while it catches up: once deliveries have resumed and some are still pending
    await until('deliveries to resume', async () => (await num(pts, 'select count(*) as n from event_inbox')) > 0);
    await visits.reached(600);
    const pending = await undelivered();
    await governance.kill9();
    log(`governance (the relay) killed (SIGKILL) after ${visits.recorded} visits, ${pending} events undelivered`);
    log(`governance restarted in ${await governance.start()} ms`);
    await done;
    log(
      `${visits.recorded} visits recorded (${visits.failures} requests failed and were sent again) in ${Math.round(performance.now() - t0)} ms`,
    );

    const drained = await until('every event delivered', async () => (await undelivered()) === 0);
    log(`outbox drained ${drained} ms after the last visit`);

    const visitCount = await num(gov, 'select count(*) as n from visit where created_by = $1', [RECORDER]);
    expect(visitCount).toBeGreaterThanOrEqual(VISITS);
    // one VisitRecorded per visit, in the same transaction: none lost, none for a visit that was rolled back
    expect(
      await num(
        gov,
        `select count(*) as n from visit v where v.created_by = $1 and (select count(*) from event_outbox e
      where e.type = 'VisitRecorded' and e.aggregate_id = v.id::text) <> 1`,
        [RECORDER],
      ),
    ).toBe(0);
    expect(await num(gov, `select count(*) as n from event_outbox where type = 'VisitRecorded'`)).toBe(visitCount);
    expect(await undelivered()).toBe(0);

    const after = await ledger();
    expect(after).toEqual({
      lines: visitCount,
      events: visitCount,
      points: visitCount,
      inbox: visitCount,
      maxPerEvent: 1,
    });
    // and every line's event is one governance wrote
    const eventIds = new Set(
      (await gov.query(`select id from event_outbox where type = 'VisitRecorded'`)).rows.map(
        (r: { id: string }) => r.id,
      ),
    );
    const lineIds = (await pts.query(`select event_id from point_entry where event_type = 'VisitRecorded'`)).rows.map(
      (r: { event_id: string }) => r.event_id,
    );
    expect(lineIds.every((id) => eventIds.has(id))).toBe(true);

    // full replay: everything undelivered again; the relay sends it all, the inbox takes none of it
    await gov.query('update event_delivery set delivered_at = null, attempts = 0, next_attempt_at = now()');
    const replayed = await until('the replay delivered', async () => (await undelivered()) === 0);
    log(`full replay of ${await num(gov, 'select count(*) as n from event_delivery')} deliveries took ${replayed} ms`);
    expect(await ledger()).toEqual(after);
  });
});
