import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrashSystem, log, num, undelivered, until } from './crash-system.js';
import { createForums, forumWorkload } from './attendance.js';
import { closeWorkload, seedConfirmedCases, CASE_CODE_PREFIX } from './cases.js';
import { ledgerEventIds, ledgerOf, outboxIds, uncappedRule } from './ledger.js';
import { visitWorkload } from './visits.js';
import type { RetryingWorkload } from './workload.js';

/*
 * Through the services' APIs, all at once: 1,000 visits recorded and 1,000 cases closed (governance) and 200
 * cadres' attendances at villagers' forums (meetings: recorded at forums already held, or sent when the forum
 * is held), while the points service is killed with SIGKILL and started again, and then the relays are
 * (governance's and meetings' processes, killed together). Afterwards: one ledger line per event, nothing
 * undelivered in either outbox, and a full replay of both outboxes changes nothing.
 */
const VISITS = 1_000;
const CASES = 1_000;
const ATTENDANCES = 200;
const COUNTY = '430999';
/** The rule keys the test's events are counted under, and the producer event each comes from. */
const KEYS = [
  { key: 'VisitRecorded', event: 'VisitRecorded', producer: 'governance' },
  { key: 'CaseClosedSatisfied', event: 'CaseClosed', producer: 'governance' },
  { key: 'ForumAttended', event: 'MeetingAttended', producer: 'meetings' },
] as const;

let sys: CrashSystem;

/** Every consumer's inbox size and the ledger's lines per rule key: what a replay must leave as it is. */
async function snapshot(): Promise<Record<string, unknown>> {
  const { governance, meetings, points } = sys.pools;
  const inbox = 'select count(*) as n from event_inbox';
  return {
    inboxes: [await num(governance, inbox), await num(meetings, inbox), await num(points, inbox)],
    ledger: await num(points, 'select count(*) as n from point_entry'),
    byKey: await Promise.all(KEYS.map((k) => ledgerOf(points, k.key))),
  };
}

const allUndelivered = async (): Promise<number> =>
  (await undelivered(sys.pools.governance)) + (await undelivered(sys.pools.meetings));

beforeAll(async () => {
  sys = await CrashSystem.start('crash_events');
  for (const { key } of KEYS) await uncappedRule(sys.pools.points, COUNTY, key);
});

afterAll(async () => {
  await sys?.stop();
});

describe('events survive kill -9 of the consumer and of the relays', () => {
  it(`${VISITS} visits, ${CASES} cases closed and ${ATTENDANCES} forum attendances across both crashes: one line per event, nothing undelivered, a replay changes nothing`, async () => {
    const { governance: gov, meetings: meet, points: pts } = sys.pools;
    const { village } = sys;
    const caseIds = await seedConfirmedCases(gov, village.code, village.cadreIds, CASES);
    const targets = village.householdIds.map((householdId, i) => ({
      householdId,
      cadreId: village.cadreIds[i % village.cadreIds.length]!,
    }));
    const visits = visitWorkload(VISITS, sys.client('governance'), targets);
    const closes = closeWorkload(sys.client('governance'), gov, caseIds);
    const steps = await createForums(sys.client('meetings'), village.code, village.cadreIds, ATTENDANCES);
    // spread over the closes, so that attendances and forums held meet both crashes
    const forums = forumWorkload(sys.client('meetings'), meet, steps, (n) =>
      closes.reached(Math.floor((n * CASES * 0.9) / steps.length)),
    );
    const loads: RetryingWorkload[] = [visits, closes, forums];
    const status = (): string =>
      `${visits.done} visits, ${closes.done} closes, ${forums.done}/${steps.length} attendances and forums held`;

    const t0 = performance.now();
    const done = Promise.all([visits.run(3), closes.run(3), forums.run(2)]);
    await closes.reached(CASES * 0.15);
    await sys.services.points.kill9();
    log(`points killed (SIGKILL) after ${status()}; the producers go on and their relays retry`);
    await closes.reached(CASES * 0.35);
    const backlog = await allUndelivered();
    const inbox = (): Promise<number> => num(pts, 'select count(*) as n from event_inbox');
    const inboxBefore = await inbox();
    const restart = sys.services.points.start();
    // cut the relays while they catch up: as soon as points takes events again, most of the backlog still pending
    await until('deliveries to resume', async () => (await inbox()) > inboxBefore, 300_000);
    const pending = await allUndelivered();
    await Promise.all([sys.services.governance.kill9(), sys.services.meetings.kill9()]);
    log(`points restarted in ${await restart} ms (${status()}, ${backlog} deliveries waited)`);
    log(`governance and meetings (the relays) killed (SIGKILL) after ${status()}, ${pending} deliveries pending`);
    const restarted = await Promise.all([sys.services.governance.start(), sys.services.meetings.start()]);
    log(`governance and meetings restarted in ${restarted.join(', ')} ms`);
    await done;
    const failures = loads.reduce((n, l) => n + l.failures, 0);
    log(`${status()} in ${Math.round(performance.now() - t0)} ms (${failures} requests failed and were sent again)`);
    log(
      `outboxes drained ${await until('every event delivered', async () => (await allUndelivered()) === 0)} ms later`,
    );

    // every visit and every close wrote its event in its own transaction: none lost, none for a rolled-back change
    const visitCount = await num(gov, 'select count(*) as n from visit where created_by = $1', ['crash_secretary']);
    expect(visitCount).toBeGreaterThanOrEqual(VISITS);
    const closed = await num(gov, `select count(*) as n from case_record where code like $1 and status = 'CLOSED'`, [
      `${CASE_CODE_PREFIX}%`,
    ]);
    expect(closed).toBe(CASES);
    expect(await num(gov, `select count(*) as n from event_outbox where type = 'VisitRecorded'`)).toBe(visitCount);
    expect(
      await num(
        gov,
        `select count(*) as n from case_record c where c.code like $1 and (select count(*) from event_outbox e
         where e.type = 'CaseClosed' and e.aggregate_id = c.id::text) <> 1`,
        [`${CASE_CODE_PREFIX}%`],
      ),
    ).toBe(0);
    // one MeetingAttended per attendance, whether recorded at a held forum or sent when it was held
    const attended = `select count(*) as n from meeting_attendance a where (select count(*) from event_outbox e
      where e.type = 'MeetingAttended' and e.aggregate_id = a.id::text) <> 1`;
    expect(await num(meet, 'select count(*) as n from meeting_attendance')).toBe(ATTENDANCES);
    expect(await num(meet, attended)).toBe(0);
    expect(await allUndelivered()).toBe(0);

    // one line per event, for the event's cadre, pointing at an event its producer wrote
    const expected = { VisitRecorded: visitCount, CaseClosedSatisfied: CASES, ForumAttended: ATTENDANCES };
    for (const { key, event, producer } of KEYS) {
      const n = expected[key];
      expect(await ledgerOf(pts, key), key).toEqual({ lines: n, events: n, points: n, maxPerEvent: 1 });
      const written = await outboxIds(sys.pools[producer], event);
      expect(
        (await ledgerEventIds(pts, key)).filter((id) => !written.has(id)),
        key,
      ).toEqual([]);
    }
    // points took every event sent to it exactly once (those it has no rule for as IGNORED)
    const sentToPoints = `select count(*) as n from event_delivery where subscriber = 'points'`;
    expect(await num(pts, 'select count(*) as n from event_inbox')).toBe(
      (await num(gov, sentToPoints)) + (await num(meet, sentToPoints)),
    );

    // full replay: everything undelivered again; the relays send it all, no inbox takes any of it
    const before = await snapshot();
    const replay = 'update event_delivery set delivered_at = null, attempts = 0, next_attempt_at = now()';
    const replayed = (await gov.query(replay)).rowCount! + (await meet.query(replay)).rowCount!;
    const ms = await until('the replay delivered', async () => (await allUndelivered()) === 0);
    log(`full replay of ${replayed} deliveries took ${ms} ms`);
    expect(await snapshot()).toEqual(before);
  }, 900_000);
});
