import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCardCheckChar } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { headPhone, householdId, registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';
import { readWorkbook } from './register-import.fixture.js';

/*
 * Issue 6: masked personal data must not be recoverable by guessing. A full birth date plus the
 * masked ID number (first and last four shown) leaves two unknown digits, about nine candidates
 * after the checksum; the exact-match filter then told which one was real, for any reader, with
 * no reason, no audit record and no limit. Now an exact lookup is an unmask.
 */
let h: Harness;
const t: Record<string, string> = {};
const code = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;
const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);
const lookups = async (actor?: string): Promise<number> =>
  Number(
    (
      await sql<{ n: string }>(
        `select count(*) as n from audit_record where action = 'LOOKUP'${actor ? ' and actor_name = ?' : ''}`,
        actor ? [actor] : [],
      )
    )[0]!.n,
  );

/** The head of 石门村1号, and what a reader sees of him: the masked ID number and (before) the birth date. */
const target = registerFixture.households[0]!.residents[0]!;
const realId = target.idCardNo!;

/** Every ID number that fits the mask and the birth date: digits 5–6 unknown, the checksum known. */
function candidates(masked: string, birthDate: string): string[] {
  const out: string[] = [];
  for (let d = 0; d < 100; d++) {
    const first17 = `${masked.slice(0, 4)}${String(d).padStart(2, '0')}${birthDate.replaceAll('-', '')}${masked.slice(14, 17)}`;
    if (idCardCheckChar(first17) === masked[17]) out.push(first17 + masked[17]);
  }
  return out;
}

/** One request with an alias per candidate: as the issue's attacker sent it (no reason), or with one. */
const aliased = (ids: string[], reason?: string): string =>
  `query { ${ids.map((id, i) => `c${i}: households(idCardNo: "${id}"${reason ? `, lookupReason: "${reason}"` : ''}) { totalCount edges { node { id headName } } }`).join(' ')} }`;

const LOOKUP = `query($id: String, $p: String, $why: String) {
  households(idCardNo: $id, phone: $p, lookupReason: $why) { totalCount edges { node { id headName } } } }`;
type Found = { households: { totalCount: number; edges: { node: { id: string; headName: string } }[] } };

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['dept', 'grid_a1', 'auditor', 'committee_a1', 'sec_a1', 'cadre_a1', 'town_a', 'county', 'screen'])
    t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('the guessing attack of the issue', () => {
  const guesses = candidates(`${realId.slice(0, 4)}**********${realId.slice(-4)}`, target.birthDate);

  it('has the real number among about nine candidates (the attack is real)', () => {
    expect(guesses.length).toBeGreaterThanOrEqual(8);
    expect(guesses.length).toBeLessThanOrEqual(11);
    expect(guesses).toContain(realId);
  });

  it.each(['dept', 'grid_a1', 'auditor', 'committee_a1', 'screen'])(
    'gives %s nothing: every alias FORBIDDEN, no data, no audit record',
    async (who) => {
      const before = await lookups();
      for (const query of [aliased(guesses), aliased(guesses, '核实身份')]) {
        const res = await h.gql<Record<string, Found['households'] | null>>(query, {}, t[who]);
        // the list is non-null, so the first refusal nulls the whole answer: no alias returns anything
        expect(res.errors?.length, JSON.stringify(res.errors)).toBeGreaterThan(0);
        for (const e of res.errors!) expect(e.extensions?.code).toBe('FORBIDDEN');
        expect(res.data ?? null).toBeNull();
        expect(JSON.stringify(res)).not.toContain(target.name);
      }
      expect(await lookups()).toBe(before);
    },
  );

  it('refuses the phone lookup to a county department too', async () => {
    for (const query of [LOOKUP, 'query($p: String) { households(phone: $p) { totalCount edges { node { id } } } }']) {
      const res = await h.gql(query, { p: headPhone(0, 0), why: '核实身份' }, t.dept);
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });
});

describe('an exact lookup is an unmask', () => {
  it('asks for a reason (lookupReason, 2–200 characters) before anything is looked up', async () => {
    for (const why of [undefined, '', ' 查 ', 'x'.repeat(201)]) {
      const res = await h.gql(LOOKUP, { id: realId, why }, t.sec_a1);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'HOUSEHOLD_LOOKUP_REASON_INVALID', field: 'lookupReason' });
      expect(res.errors?.[0]?.message).toMatch(/事由/);
    }
    expect(await lookups('sec_a1')).toBe(0);
  });

  it('finds the household for a village secretary with a reason, and writes one audit record per lookup', async () => {
    const res = await h.gql<Found>(LOOKUP, { id: realId, why: '办理低保年审，核对身份' }, t.sec_a1);
    expect(res.errors).toBeUndefined();
    expect(res.data!.households.edges.map((e) => e.node.id)).toEqual([householdId(0, 0)]);
    const [rec] = await sql<{
      actor_name: string;
      reason: string;
      subject_id: string;
      division_code: string;
      detail: string;
    }>(`select actor_name, reason, subject_id, division_code, detail from audit_record where action = 'LOOKUP'`);
    expect(rec).toMatchObject({
      actor_name: 'sec_a1',
      reason: '办理低保年审，核对身份',
      subject_id: householdId(0, 0),
      division_code: VILLAGE_A1,
    });
    expect(rec!.detail).toContain(`${realId.slice(0, 4)}**********${realId.slice(-4)}`);
    expect(rec!.detail).not.toContain(realId);

    // nine aliases are nine lookups: each one audited, whether it matched or not
    const nine = candidates(`${realId.slice(0, 4)}**********${realId.slice(-4)}`, target.birthDate).slice(0, 9);
    const many = await h.gql<Record<string, Found['households']>>(aliased(nine, '核实身份'), {}, t.sec_a1);
    expect(many.errors).toBeUndefined();
    expect(await lookups('sec_a1')).toBe(10);
  });

  it('lets a cadre look up a phone only among the households paired with them', async () => {
    const own = await h.gql<Found>(LOOKUP, { p: headPhone(0, 1), why: '电话回访' }, t.cadre_a1);
    expect(own.data!.households.edges.map((e) => e.node.id)).toEqual([householdId(0, 1)]);
    const other = await h.gql<Found>(LOOKUP, { p: headPhone(0, 5), why: '电话回访' }, t.cadre_a1);
    expect(other.data!.households.totalCount).toBe(0);
    expect(code(await h.gql(LOOKUP, { id: realId, why: '核实身份' }, t.cadre_a1))).toBe('FORBIDDEN');
    expect(await lookups('cadre_a1')).toBe(2);
  });

  it('refuses the 21st lookup of an account within ten minutes (RATE_LIMITED), even when they come at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => h.gql<Found>(LOOKUP, { p: headPhone(0, 2), why: '核对联系电话' }, t.town_a)),
    );
    const refused = results.filter((r) => code(r) === 'RATE_LIMITED');
    expect(results.filter((r) => !r.errors).length).toBe(20);
    expect(refused).toHaveLength(5);
    expect(refused[0]!.errors![0]!.message).toMatch(/频繁.*10 分钟.*20 次/);
    expect(refused[0]!.data ?? null).toBeNull();
    expect(await lookups('town_a')).toBe(20);
    // the limit is per account: the county administrator is not held back by the township's lookups
    expect(code(await h.gql(LOOKUP, { p: headPhone(0, 2), why: '核对联系电话' }, t.county))).toBeUndefined();
    // and it ends with the window: records older than ten minutes do not count
    await h.subgraph.orm.em.fork().transactional(async (tx) => {
      // the audit table is append-only (a trigger): age the records past it, as the clock would
      await tx.execute('set local session_replication_role = replica');
      await tx.execute(`update audit_record set at = now() - interval '11 minutes' where actor_name = 'town_a'`);
    });
    expect(code(await h.gql(LOOKUP, { p: headPhone(0, 2), why: '核对联系电话' }, t.town_a))).toBeUndefined();
  });
});

describe('birth dates', () => {
  const RESIDENTS = 'query($id: ID!) { household(id: $id) { residents { name birthDate birthYear ageBand } } }';
  type Residents = {
    household: {
      residents: { name: string; birthDate: string | null; birthYear: number | null; ageBand: string | null }[];
    };
  };
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const age = Number(today.slice(0, 4)) - 1960 - (today.slice(5) < '03-01' ? 1 : 0);
  const band = `${Math.floor(age / 10) * 10}-${Math.floor(age / 10) * 10 + 9}`;

  it('gives a county department the year and the age band, never the full date', async () => {
    const res = await h.gql<Residents>(RESIDENTS, { id: householdId(0, 0) }, t.dept);
    expect(res.errors).toBeUndefined();
    expect(res.data!.household.residents[0]).toEqual({
      name: target.name,
      birthDate: null,
      birthYear: 1960,
      ageBand: band,
    });
    expect(JSON.stringify(res)).not.toContain('1960-03-01');
  });

  it('keeps the full date for those who work with the villagers', async () => {
    const res = await h.gql<Residents>(RESIDENTS, { id: householdId(0, 0) }, t.sec_a1);
    expect(res.data!.household.residents[0]).toEqual({
      name: target.name,
      birthDate: '1960-03-01',
      birthYear: 1960,
      ageBand: band,
    });
  });

  it("writes only the year into a county department's register export", async () => {
    const EXPORT = 'query($r: String) { exportRegister(regionCode: $r) { contentBase64 } }';
    const res = await h.gql<{ exportRegister: { contentBase64: string } }>(EXPORT, { r: VILLAGE_A1 }, t.dept);
    expect(res.errors).toBeUndefined();
    const book = await readWorkbook(res.data!.exportRegister.contentBase64);
    expect(book.rows.length).toBe(16);
    expect(new Set(book.rows.map((r) => r.birthDate))).toEqual(new Set(['1960', '1962']));
  });
});
