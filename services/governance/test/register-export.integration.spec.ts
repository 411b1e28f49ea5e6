import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { Role } from '@xiangzhi/auth';
import { COUNTY, fixture, householdId, PASSWORD, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { commit, idCard, readWorkbook, validate, workbook, type SheetRow } from './register-import.fixture.js';

let h: Harness;
const tokens: Record<string, string> = {};
const NEW_VILLAGE = '430999001003';

const EXPORT =
  'query($r: String, $u: Boolean, $why: String) { exportRegister(regionCode: $r, unmasked: $u, reason: $why) { fileName contentType contentBase64 } }';
type ExportData = { exportRegister: { fileName: string; contentType: string; contentBase64: string } };

const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);

async function exported(token: string, vars: Record<string, unknown> = {}) {
  const res = await h.gql<ExportData>(EXPORT, vars, token);
  if (!res.data?.exportRegister) throw new Error(JSON.stringify(res.errors));
  return { file: res.data.exportRegister, book: await readWorkbook(res.data.exportRegister.contentBase64) };
}

/** Three households of the new village, every person with an ID number. */
const rows: SheetRow[] = [
  {
    householdKey: '1',
    grid: '新村网格',
    address: '新村 1 号',
    name: '黄德明',
    relation: '户主',
    idCardNo: idCard(301),
    phone: '13811112222',
    tags: '低保户、留守儿童',
    incomeBand: '1万元以下',
  },
  { householdKey: '1', name: '黄小明', relation: '孙子', idCardNo: idCard(303, '20150101') },
  {
    householdKey: '2',
    grid: '新村网格',
    address: '新村 2 号',
    name: '罗秀英',
    relation: '户主',
    idCardNo: idCard(402, '19550505'),
  },
  {
    householdKey: '3',
    address: '新村 3 号',
    name: '彭建军',
    relation: '户主',
    idCardNo: idCard(501, '19700707'),
    phone: '0745-1234567',
    occupation: '个体',
  },
];

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  await sql(
    `insert into region (code, name, level, parent_code, version) values ('${NEW_VILLAGE}', '新村', 'VILLAGE', '${TOWN_A}', 1)`,
  );
  await sql(
    `insert into grid (id, name, level, division_code, version) values ('0190a000-0000-7000-8000-000000000901', '新村网格', 'AREA', '${NEW_VILLAGE}', 1)`,
  );
  for (const u of ['sec_a1', 'sec_b1', 'town_a', 'cadre_a1']) {
    const res = await h.gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u, p: PASSWORD },
    );
    tokens[u] = res.data!.login.accessToken;
  }
  const job = await validate(h, tokens.town_a, NEW_VILLAGE, await workbook(rows));
  expect(job.errorRows).toBe(0);
  await commit(h, tokens.town_a, job.id, 'ALL_OR_NOTHING');
});
afterAll(async () => {
  await h?.stop();
});

describe('exportRegister', () => {
  it("exports only the caller's village, masked by default, in the template's columns, and audits it", async () => {
    const { file, book } = await exported(tokens.sec_a1);
    expect(file.fileName).toMatch(/^人员信息台账_石门村_\d{8}\.xlsx$/);
    expect(book.headers[0]).toBe('户编号/户主身份证号');
    expect(book.rows).toHaveLength(16);
    expect(new Set(book.rows.map((r) => r.address))).toEqual(
      new Set(fixture.households.filter((x) => x.villageCode === VILLAGE_A1).map((x) => x.address)),
    );
    expect(book.rows.filter((r) => r.relation === '户主')).toHaveLength(8);
    const audits = await sql<{
      action: string;
      actor_name: string;
      division_code: string;
      detail: string;
      reason: string;
    }>(
      `select action, actor_name, division_code, detail, reason from audit_record where action = 'EXPORT' and actor_name = 'sec_a1'`,
    );
    expect(audits).toEqual([
      {
        action: 'EXPORT',
        actor_name: 'sec_a1',
        division_code: VILLAGE_A1,
        reason: '导出人员信息台账（脱敏）',
        detail: expect.any(String),
      },
    ]);
    expect(JSON.parse(audits[0].detail)).toEqual({ unmasked: false, households: 8, rows: 16, regionCode: VILLAGE_A1 });
  });

  it('masks ID numbers and phones', async () => {
    const { book } = await exported(tokens.town_a, { r: NEW_VILLAGE });
    const head = book.rows.find((r) => r.name === '黄德明')!;
    expect(head).toMatchObject({
      idCardNo: `4309**********${idCard(301).slice(-4)}`,
      phone: '138****2222',
      grid: '新村网格',
      incomeBand: '1万元以下',
    });
    expect(head.tags).toBe('低保户、留守儿童');
    expect(book.rows.find((r) => r.name === '彭建军')).toMatchObject({ phone: '0745***4567', occupation: '个体' });
    for (const r of book.rows) expect(r.idCardNo).toContain('*');
  });

  it('shows sensitive tags (低保, …) only to roles that may see personal data', async () => {
    for (const tag of ['DIBAO', 'LEFT_BEHIND_CHILD']) {
      await sql(
        `insert into household_tag (id, household_id, tag, set_by, set_at, version) values (gen_random_uuid(), ?, ?, 'sec_a1', now(), 1)`,
        [householdId(0, 0), tag],
      );
    }
    const headOf = (rows: Awaited<ReturnType<typeof exported>>['book']['rows']) =>
      rows.find((r) => r.address === '石门村1号' && r.relation === '户主');
    expect(headOf((await exported(tokens.cadre_a1)).book.rows)?.tags).toBe('低保户、留守儿童');
    const { token } = await h.signer.sign({
      accountId: '0190a000-0000-7000-8000-000000000555',
      username: 'county_dept',
      roles: [Role.COUNTY_DEPARTMENT],
      divisionCode: COUNTY,
      gridIds: [],
      cadreId: null,
    });
    const department = await exported(token, { r: VILLAGE_A1 });
    expect(headOf(department.book.rows)?.tags).toBe('留守儿童');
    expect(department.book.rows).toHaveLength(16);
    const unmask = await h.gql(EXPORT, { r: VILLAGE_A1, u: true, why: '核对' }, token);
    expect(unmask.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('unmasks only with the permission and a reason, and the unmasked export imports again as updates', async () => {
    const noReason = await h.gql(EXPORT, { r: NEW_VILLAGE, u: true }, tokens.town_a);
    expect(noReason.errors?.[0].extensions).toEqual({ code: 'REGISTER_EXPORT_REASON_INVALID', field: 'reason' });
    const cadre = await h.gql(EXPORT, { u: true, why: '走访' }, tokens.cadre_a1);
    expect(cadre.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { file, book } = await exported(tokens.town_a, { r: NEW_VILLAGE, u: true, why: '年度台账核对' });
    expect(file.fileName).toContain('_明文');
    expect(book.rows.map((r) => r.idCardNo).sort()).toEqual(
      [idCard(301), idCard(303, '20150101'), idCard(402, '19550505'), idCard(501, '19700707')].sort(),
    );
    expect(book.rows.find((r) => r.name === '黄德明')?.phone).toBe('13811112222');
    const [audit] = await sql<{ reason: string; detail: string }>(
      `select reason, detail from audit_record where action = 'EXPORT' and reason = '年度台账核对'`,
    );
    expect(JSON.parse(audit.detail)).toMatchObject({ unmasked: true, households: 3, rows: 4 });

    const again = await validate(h, tokens.town_a, NEW_VILLAGE, file.contentBase64);
    expect(again).toMatchObject({ status: 'VALIDATED', totalRows: 4, errorRows: 0 });
    const done = await commit(h, tokens.town_a, again.id, 'ALL_OR_NOTHING');
    expect(done).toMatchObject({ createdHouseholds: 0, updatedHouseholds: 3 });
    const [n] = await sql<{ households: string; residents: string }>(
      `select count(distinct h.id) households, count(r.id) residents from household h join resident r on r.household_id = h.id where h.village_code = ?`,
      [NEW_VILLAGE],
    );
    expect(n).toEqual({ households: '3', residents: '4' });
  });

  it('refuses another village; a township sees its villages; a cadre sees the paired households', async () => {
    const other = await h.gql(EXPORT, { r: VILLAGE_B1 }, tokens.sec_a1);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const town = await exported(tokens.town_a);
    const villages = new Set(town.book.rows.map((r) => r.address.slice(0, 3)));
    expect(villages).toEqual(new Set(['石门村', '桃花村', '新村 ']));
    expect(town.book.rows.some((r) => r.address.startsWith('柳溪村'))).toBe(false);
    const cadre = await exported(tokens.cadre_a1);
    expect(new Set(cadre.book.rows.map((r) => r.address))).toEqual(new Set(['石门村1号', '石门村2号', '石门村3号']));
    const a2 = await exported(tokens.town_a, { r: VILLAGE_A2 });
    expect(a2.book.rows).toHaveLength(16);
  });

  it('reads the register in a fixed number of statements, whatever its size', async () => {
    h.statements.length = 0;
    await exported(tokens.town_a);
    const forTownship = h.statements.length;
    h.statements.length = 0;
    await exported(tokens.sec_a1);
    expect(forTownship).toBeLessThanOrEqual(h.statements.length + 1);
    expect(forTownship).toBeLessThan(12);
  });
});
