import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphSdl } from '@xiangzhi/subgraph-kit';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { fixturePlaintexts, householdId, idCard, registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';

let h: Harness;
const t: Record<string, string> = {};
const logLines: string[] = [];

const UNMASK = 'mutation($id: ID!, $f: UnmaskField!, $r: String!) { unmaskResident(id: $id, field: $f, reason: $r) }';
const AUDIT =
  'query($s: ID, $first: Int) { auditRecords(subjectId: $s, first: $first) { totalCount edges { node { id action actorId actorName subjectType subjectId divisionCode reason detail at } } } }';
type AuditNode = {
  action: string;
  actorName: string;
  subjectType: string;
  subjectId: string;
  divisionCode: string;
  reason: string;
  detail: string;
  at: string;
};
type AuditData = { auditRecords: { totalCount: number; edges: { node: AuditNode }[] } };

const residentId = (v: number, n: number, k: number): string =>
  `0190a000-0000-7000-8000-${String(5000 + v * 100 + n * 2 + k).padStart(12, '0')}`;
const fx = (v: number, n: number, k: number) => registerFixture.households[v * 8 + n].residents[k];
const code = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;
const unmask = (who: string, id: string, f: string, r: string) =>
  h.gql<{ unmaskResident: string }>(UNMASK, { id, f, r }, t[who]);
const auditCount = async (): Promise<number> =>
  Number(
    (await h.subgraph.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from audit_record'))[0].n,
  );

// Values that go in through the API below and must never be stored or logged in plain text.
const NEW_ID = idCard('1985-10-20', 'MALE', 411);
const NEW_PHONE = '13698765432';
const NEW_HEALTH = '二级肢体残疾，需轮椅';
const CHANGED_PHONE = '15011112222';
const secrets = (): string[] => [...fixturePlaintexts(), NEW_ID, NEW_PHONE, CHANGED_PHONE];

beforeAll(async () => {
  h = await startGovernance({
    logLevel: 'trace',
    logDestination: {
      write: (line: string) => {
        logLines.push(line);
      },
    },
  });
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of [
    'sec_a1',
    'sec_b1',
    'town_a',
    'county',
    'cadre_a1',
    'dept',
    'screen',
    'auditor',
    'secadmin',
    'committee_a1',
    'grid_a1',
  ])
    t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('unmasking personal data', () => {
  it('gives a village secretary the plain ID number with a reason, and writes exactly one audit record', async () => {
    expect(await auditCount()).toBe(0);
    const res = await unmask('sec_a1', residentId(0, 0, 0), 'ID_CARD_NO', '办理低保年审，核对身份');
    expect(res.data?.unmaskResident).toBe(fx(0, 0, 0).idCardNo);
    expect(await auditCount()).toBe(1);
    const audit = await h.gql<AuditData>(AUDIT, { s: residentId(0, 0, 0) }, t.auditor);
    expect(audit.data!.auditRecords.totalCount).toBe(1);
    const rec = audit.data!.auditRecords.edges[0].node;
    expect(rec).toMatchObject({
      action: 'UNMASK',
      actorName: 'sec_a1',
      subjectType: 'Resident',
      subjectId: residentId(0, 0, 0),
      divisionCode: VILLAGE_A1,
      reason: '办理低保年审，核对身份',
    });
    expect(rec.detail).toContain('ID_CARD_NO');
    expect(rec.detail).toContain('王建国');
    expect(Date.now() - Date.parse(rec.at)).toBeLessThan(60_000);
  });

  it('refuses callers without the permission, or without a reason, and writes no audit record', async () => {
    const before = await auditCount();
    const refusals: [string, string, string][] = [
      ['dept', residentId(0, 0, 0), 'ID_CARD_NO'],
      ['screen', residentId(0, 0, 0), 'PHONE'],
      ['auditor', residentId(0, 0, 0), 'ID_CARD_NO'],
      ['secadmin', residentId(0, 0, 0), 'ID_CARD_NO'],
      ['committee_a1', residentId(0, 0, 0), 'ID_CARD_NO'],
      ['grid_a1', residentId(0, 1, 0), 'ID_CARD_NO'],
      ['cadre_a1', residentId(0, 0, 0), 'ID_CARD_NO'],
    ];
    for (const [who, id, f] of refusals) {
      const res = await unmask(who, id, f, '核实身份信息');
      expect(code(res), `${who} ${f}`).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    // a resident out of reach (another village, a household not paired with the cadre) is answered as missing
    expect(code(await unmask('sec_a1', residentId(2, 0, 0), 'ID_CARD_NO', '核实身份信息'))).toBe('RESIDENT_NOT_FOUND');
    expect(code(await unmask('cadre_a1', residentId(0, 5, 0), 'PHONE', '核实身份信息'))).toBe('RESIDENT_NOT_FOUND');
    for (const reason of ['', ' 查 ', 'x'.repeat(201)]) {
      const res = await unmask('sec_a1', residentId(0, 0, 0), 'PHONE', reason);
      expect(res.errors?.[0].extensions).toEqual({ code: 'AUDIT_REASON_INVALID', field: 'reason' });
    }
    const none = await unmask('sec_a1', residentId(0, 0, 1), 'PHONE', '联系家属');
    expect(none.errors?.[0].extensions).toEqual({ code: 'NO_VALUE', field: 'field' });
    expect(await auditCount()).toBe(before);
  });

  it('lets a cadre unmask the phone of a household paired with them, and admins of the township any field', async () => {
    const before = await auditCount();
    expect((await unmask('cadre_a1', residentId(0, 1, 0), 'PHONE', '电话回访')).data?.unmaskResident).toBe(
      fx(0, 1, 0).phone,
    );
    expect((await unmask('town_a', residentId(0, 0, 1), 'HEALTH', '重病重残户核查')).data?.unmaskResident).toBe(
      '肢体残疾（三级）',
    );
    expect((await unmask('county', residentId(2, 0, 0), 'PHONE', '县级抽查回访')).data?.unmaskResident).toBe(
      fx(2, 0, 0).phone,
    );
    expect(await auditCount()).toBe(before + 3);
  });

  it('shows the audit trail to the auditor only (三员分立: not the security administrator)', async () => {
    const all = await h.gql<AuditData>(AUDIT, { first: 2 }, t.auditor);
    expect(all.data!.auditRecords.totalCount).toBe(await auditCount());
    expect(all.data!.auditRecords.edges).toHaveLength(2);
    for (const who of ['sec_a1', 'county', 'screen', 'secadmin'])
      expect(code(await h.gql(AUDIT, {}, t[who])), who).toBe('FORBIDDEN');
    expect((await h.gql(AUDIT, { s: 'not-a-uuid' }, t.auditor)).errors?.[0].extensions).toEqual({
      code: 'AUDIT_SUBJECT_ID_INVALID',
      field: 'subjectId',
    });
  });
});

describe('personal data at rest and in the logs', () => {
  it('writes new ID numbers, phones and health notes through the API', async () => {
    const created = await h.gql<{ createHousehold: { residents: { id: string; version: number }[] } }>(
      'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { residents { id version } } }',
      {
        i: {
          villageCode: VILLAGE_A1,
          address: '石门村70号',
          head: { name: '孙大勇', idCardNo: NEW_ID, phone: NEW_PHONE, health: NEW_HEALTH },
        },
      },
      t.sec_a1,
    );
    expect(created.errors).toBeUndefined();
    const r = created.data!.createHousehold.residents[0];
    const edit = await h.gql(
      'mutation($i: UpdateResidentInput!) { updateResident(input: $i) { phoneMasked } }',
      { i: { id: r.id, version: r.version, phone: CHANGED_PHONE } },
      t.sec_a1,
    );
    expect(edit.data).toEqual({ updateResident: { phoneMasked: '150****2222' } });
    // a refused request and an unsigned one carry plaintext in their variables too
    await h.gql(
      'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }',
      { i: { villageCode: VILLAGE_A1, address: 'x', head: { name: '重复', idCardNo: NEW_ID } } },
      t.sec_a1,
    );
    await h.gql(
      'query($p: String) { households(phone: $p, lookupReason: "电话回访") { totalCount } }',
      { p: NEW_PHONE },
      t.sec_a1,
      { unsigned: true },
    );
    expect((await unmask('sec_a1', r.id, 'HEALTH', '核实残疾等级')).data?.unmaskResident).toBe(NEW_HEALTH);
    expect(
      (
        await h.gql<{ households: { totalCount: number } }>(
          'query($p: String) { households(phone: $p, lookupReason: "电话回访") { totalCount } }',
          { p: CHANGED_PHONE },
          t.sec_a1,
        )
      ).data!.households.totalCount,
    ).toBe(1);
  });

  it('stores no plaintext ID number, phone or health note in any column of any table', async () => {
    const conn = h.subgraph.orm.em.getConnection();
    const columns = await conn.execute<{ table_name: string; column_name: string }[]>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb', 'character')`,
    );
    expect(columns.length).toBeGreaterThan(30);
    const needles = [...secrets(), NEW_HEALTH, '肢体残疾（三级）'];
    const patterns = needles.map((s) => `%${s}%`);
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const rows = await conn.execute<{ n: string }[]>(
        `select count(*) as n from "${table_name}" where "${column_name}"::text like any (array[?])`,
        [patterns],
      );
      if (Number(rows[0].n)) found.push(`${table_name}.${column_name}`);
    }
    expect(found).toEqual([]);
    // and what is there is the sealed form: ciphers, 64-hex blind indexes, masks
    const [row] = await conn.execute<Record<string, string>[]>(
      'select id_card_cipher, id_card_index, id_card_masked, phone_masked from resident where name = ?',
      ['孙大勇'],
    );
    expect(row.id_card_cipher).toMatch(/^v1\./);
    expect(row.id_card_index).toMatch(/^[0-9a-f]{64}$/);
    expect(row.id_card_masked).toBe(`${NEW_ID.slice(0, 4)}**********${NEW_ID.slice(-4)}`);
    expect(row.phone_masked).toBe('150****2222');
  });

  it('never exposes ciphers or blind indexes in the schema', () => {
    const sdl = subgraphSdl(h.subgraph.schema);
    expect(sdl).not.toMatch(/cipher|idCardIndex|phoneIndex|blindIndex/i);
    expect(sdl).toContain('idCardMasked');
  });

  it('logs no plaintext ID number or phone, and sends none to the database', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const log = logLines.join('');
    expect(log).toContain('rejected unsigned request');
    const sql = h.statements.join('\n');
    expect(sql).toContain('insert into "resident"');
    for (const s of [...secrets(), NEW_HEALTH]) {
      expect(log).not.toContain(s);
      expect(sql).not.toContain(s);
    }
  });
});

describe('households of the fixture', () => {
  it('still list with masked data after all of this', async () => {
    const res = await h.gql<{ household: { residents: { idCardMasked: string }[] } }>(
      'query($id: ID!) { household(id: $id) { residents { idCardMasked } } }',
      { id: householdId(0, 0) },
      t.sec_a1,
    );
    expect(res.data!.household.residents[0].idCardMasked).toMatch(/^4309\*{10}\d{3}[\dX]$/);
  });
});
