import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { appendAuditRecord } from '../src/modules/audit/index.js';
import { AuditAction } from '../src/modules/audit/index.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { householdId, ids, registerFixture, tokenFor, VILLAGE_A1, VILLAGE_B1 } from './household-fixture.js';
import { validate, workbook } from './register-import.fixture.js';

/*
 * Issue 6, the second oracle: a register writer (committee member, grid leader, cadre) who knows a
 * birth date and the masked ID number tries the ~9 candidates in createHousehold / updateResident /
 * the import. "This ID is already registered" confirmed the real one, anywhere in the county, with
 * no audit record and no limit. Now each such answer is an exact lookup: audited with the masked
 * number, counted in the account's window (20 per 10 minutes); once used up, every candidate is
 * refused alike.
 */
let h: Harness;
const t: Record<string, string> = {};
type Err = { message: string; extensions?: { code?: string } };
const answer = (res: GqlResult<unknown>): string => (res.errors?.[0] as Err | undefined)?.extensions?.code ?? 'OK';
const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);
type Audit = { subject_id: string | null; division_code: string; detail: string | null };
const lookupsOf = (actor: string): Promise<Audit[]> =>
  sql<Audit>(
    `select subject_id, division_code, detail from audit_record
  where action = 'LOOKUP' and actor_name = ? and at > now() - interval '10 minutes' order by at`,
    [actor],
  );
const accountOf = (u: string): (typeof registerFixture.accounts)[number] =>
  registerFixture.accounts.find((a) => a.username === u)!;

/** Every number that fits the mask (first and last four shown) and the birth date. */
function candidates(real: string): string[] {
  const out: string[] = [];
  for (let d = 0; d < 100; d++) {
    const first17 = `${real.slice(0, 4)}${String(d).padStart(2, '0')}${real.slice(6, 17)}`;
    if (idCardCheckChar(first17) === real[17]) out.push(first17 + real[17]);
  }
  return out;
}
const masked = (id: string): string => `${id.slice(0, 4)}**********${id.slice(-4)}`;
const person = (hh: number, k: number): { id: string; idCardNo: string; birthDate: string; sex: string } => {
  const r = registerFixture.households[hh]!.residents[k]!;
  return { id: r.id, idCardNo: r.idCardNo!, birthDate: r.birthDate, sex: r.sex };
};

const CREATE = 'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }';
const UPDATE = 'mutation($i: UpdateResidentInput!) { updateResident(input: $i) { id version } }';
const VERSION = 'query($id: ID!) { household(id: $id) { residents { id version } } }';

/** One way for a writer of 石门村 to try a candidate: the answer's code and message. */
type Probe = (id: string, p: ReturnType<typeof person>) => Promise<GqlResult<unknown>>;
const byCreate =
  (who: string, gridId: string | null): Probe =>
  async (idCardNo, p) =>
    h.gql(
      CREATE,
      {
        i: {
          villageCode: VILLAGE_A1,
          gridId,
          address: '石门村试登记',
          head: { name: '试登记', idCardNo, birthDate: p.birthDate },
        },
      },
      t[who],
    );
/** The cadre changes the ID number of a member of a household paired with them (石门村1号's spouse). */
const byUpdate =
  (who: string): Probe =>
  async (idCardNo, p) => {
    const own = registerFixture.households[0]!.residents[1]!.id;
    const res = await h.gql<{ household: { residents: { id: string; version: number }[] } }>(
      VERSION,
      { id: householdId(0, 0) },
      t[who],
    );
    const version = res.data!.household.residents.find((r) => r.id === own)!.version;
    return h.gql(UPDATE, { i: { id: own, version, idCardNo, sex: p.sex, birthDate: p.birthDate } }, t[who]);
  };

/** Fills the account's window, as 20 earlier lookups would. */
async function useUp(who: string): Promise<void> {
  const a = accountOf(who);
  const n = 20 - (await lookupsOf(who)).length;
  for (let i = 0; i < n; i++) {
    await appendAuditRecord(h.subgraph.orm.em.fork(), {
      action: AuditAction.LOOKUP,
      actorId: a.id,
      actorName: a.username,
      clientAddress: null,
      subjectType: 'Household',
      subjectId: null,
      divisionCode: VILLAGE_A1,
      reason: '核实身份',
      detail: '精确查找',
    });
  }
}

/** Moves the account's lookups out of the window, as ten minutes would. */
async function ageOut(who: string): Promise<void> {
  await h.subgraph.orm.em.fork().transactional(async (tx) => {
    // the audit table is append-only (a trigger): age the records past it, as the clock would
    await tx.execute('set local session_replication_role = replica');
    await tx.execute(`update audit_record set at = now() - interval '11 minutes' where actor_name = ?`, [who]);
  });
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['committee_a1', 'grid_a1', 'cadre_a1', 'sec_a1']) t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

// each writer guesses other people, so one's misses (which are registered) do not meet another's guesses
describe.each([
  {
    who: 'committee_a1',
    probe: (): Probe => byCreate('committee_a1', null),
    other: person(16, 0),
    own: person(3, 1),
    fresh: person(19, 0),
  },
  {
    who: 'grid_a1',
    probe: (): Probe => byCreate('grid_a1', ids.gridA1),
    other: person(17, 0),
    own: person(4, 1),
    fresh: person(20, 0),
  },
  {
    who: 'cadre_a1',
    probe: (): Probe => byUpdate('cadre_a1'),
    other: person(18, 0),
    own: person(5, 1),
    fresh: person(21, 0),
  },
])('$who trying the candidates of an ID number', ({ who, probe, other, own, fresh }) => {
  it('pays one audited lookup for each "already registered" answer, which does not say where', async () => {
    for (const [target, village] of [
      [other, VILLAGE_B1],
      [own, VILLAGE_A1],
    ] as const) {
      const guesses = candidates(target.idCardNo);
      expect(guesses).toContain(target.idCardNo);
      const answers: GqlResult<unknown>[] = [];
      for (const g of guesses) answers.push(await probe()(g, target));
      const dup = answers.filter((a) => answer(a) === 'DUPLICATE_ID_CARD');
      expect(dup).toHaveLength(1);
      expect(dup[0]!.errors![0]!.message).not.toMatch(/柳溪|石门|其他村|村/);
      const audit = (await lookupsOf(who)).filter((a) => a.subject_id === target.id);
      expect(audit).toEqual([
        { subject_id: target.id, division_code: village, detail: expect.stringContaining(masked(target.idCardNo)) },
      ]);
    }
    expect(await lookupsOf(who)).toHaveLength(2);
  });

  it('once the window is used up, answers every candidate alike (RATE_LIMITED), registered or free, and writes nothing', async () => {
    await useUp(who);
    const households = await sql<{ n: string }>('select count(*) n from household');
    const guesses = candidates(fresh.idCardNo);
    const answers = await Promise.all(guesses.map((g) => probe()(g, fresh)));
    expect(new Set(answers.map(answer))).toEqual(new Set(['RATE_LIMITED']));
    expect(new Set(answers.map((a) => a.errors![0]!.message)).size).toBe(1);
    expect(answers[0]!.errors![0]!.message).toMatch(/频繁.*10 分钟.*20 次/);
    expect(await sql('select count(*) n from household')).toEqual(households);
    expect(await lookupsOf(who)).toHaveLength(20);
  });
});

describe('the import validation report', () => {
  const rowsOf = (guesses: string[]): Parameters<typeof workbook>[0] =>
    guesses.map((idCardNo, i) => ({
      householdKey: `G${i}`,
      address: `石门村试导入 ${i} 号`,
      name: '试导入',
      relation: '户主',
      idCardNo,
    }));

  it('names a row whose number is registered in another village only as an audited lookup', async () => {
    await ageOut('committee_a1');
    const target = person(22, 0);
    const guesses = candidates(target.idCardNo);
    const job = await validate(h, t.committee_a1, VILLAGE_A1, await workbook(rowsOf(guesses)));
    const real = guesses.indexOf(target.idCardNo) + 2;
    expect(job.errors.filter((e) => /其他村/.test(e.message)).map((e) => e.row)).toEqual([real]);
    expect((await lookupsOf('committee_a1')).filter((a) => a.subject_id === target.id)).toEqual([
      { subject_id: target.id, division_code: VILLAGE_B1, detail: expect.stringContaining(masked(target.idCardNo)) },
    ]);
  });

  it('once the window is used up, marks every row with an ID number alike, whether registered elsewhere or not', async () => {
    await useUp('sec_a1');
    const target = person(23, 0);
    const guesses = candidates(target.idCardNo);
    const job = await validate(h, t.sec_a1, VILLAGE_A1, await workbook(rowsOf(guesses)));
    expect(job.errors.map((e) => e.row)).toEqual(guesses.map((_, i) => i + 2));
    expect(new Set(job.errors.map((e) => e.message)).size).toBe(1);
    expect(job.errors[0]!.message).toMatch(/频繁/);
    expect(await lookupsOf('sec_a1')).toHaveLength(20);
  });
});
