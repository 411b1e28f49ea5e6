import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { accountFixture, accountId, auditRows, code, login, tokenFor } from './account-fixture.js';

let h: Harness;
const t: Record<string, string> = {};
const sql = <T>(q: string, p: unknown[] = []): Promise<T[]> => h.subgraph.orm.em.getConnection().execute<T[]>(q, p);

const SEARCH = `query($actor: String, $action: AuditAction, $s: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  auditRecords(actor: $actor, action: $action, subjectId: $s, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id action outcome actorId actorName clientAddress subjectType subjectId divisionCode reason detail at } } } }`;
const EXPORT = `query($actor: String, $action: AuditAction, $from: DateTime, $to: DateTime) {
  exportAuditRecords(actor: $actor, action: $action, from: $from, to: $to) { fileName contentType contentBase64 } }`;
interface Node {
  id: string;
  action: string;
  outcome: string;
  actorId: string | null;
  actorName: string;
  clientAddress: string | null;
  subjectId: string | null;
  detail: string | null;
  at: string;
}
type Search = {
  auditRecords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Node }[];
  };
};
const search = (vars: Record<string, unknown>, who = 'auditor') => h.gql<Search>(SEARCH, vars, t[who]);
let middle: string;

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), accountFixture, h.crypto);
  for (const u of ['sysadmin', 'secadmin', 'auditor', 'county', 'sec_a1']) t[u] = await tokenFor(h, u);
  // a little history: logins, a failure, an unknown user, account changes
  await login(h, 'sec_a1', undefined, '198.51.100.1');
  await login(h, 'sec_a1', 'Wrong@pass2026', '198.51.100.2');
  await new Promise((r) => setTimeout(r, 20));
  middle = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 20));
  await login(h, 'ghost', 'Wrong@pass2026', '198.51.100.3');
  await login(h, 'town_a', undefined, '198.51.100.4');
  await h.gql(
    'mutation { createAccount(input: { username: "clerk_b1", displayName: "柳溪村文书", divisionCode: "430999002001" }) { temporaryPassword } }',
    {},
    t.sysadmin,
  );
});
afterAll(async () => {
  await h?.stop();
});

describe('who reads the audit log', () => {
  it('is the auditor only: the system and security administrators and business roles are refused', async () => {
    expect((await search({})).data?.auditRecords.totalCount).toBe((await auditRows(h)).length);
    for (const who of ['sysadmin', 'secadmin', 'county', 'sec_a1']) {
      const res = await search({}, who);
      expect(code(res), who).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toBe('只有安全审计员可以查看审计记录');
      expect(code(await h.gql(EXPORT, {}, t[who])), who).toBe('FORBIDDEN');
    }
  });
});

describe('searching', () => {
  it('lists newest first and pages', async () => {
    const p1 = await search({ first: 2 });
    const p2 = await search({ first: 2, after: p1.data!.auditRecords.pageInfo.endCursor });
    const ats = [...p1.data!.auditRecords.edges, ...p2.data!.auditRecords.edges].map((e) => Date.parse(e.node.at));
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    expect(p1.data!.auditRecords.edges[0]!.node.action).toBe('ACCOUNT_CREATE');
  });

  it('filters by actor, action and time, combined', async () => {
    const bySec = await search({ actor: 'sec_a1' });
    expect(bySec.data!.auditRecords.edges.map((e) => e.node.action)).toEqual(['LOGIN_FAILED', 'LOGIN']);
    expect(bySec.data!.auditRecords.edges[0]!.node).toMatchObject({
      outcome: 'FAILURE',
      clientAddress: '198.51.100.2',
      actorId: accountId('sec_a1'),
    });
    const byId = await search({ actor: accountId('sec_a1'), action: 'LOGIN' });
    expect(byId.data!.auditRecords.totalCount).toBe(1);
    const failures = await search({ action: 'LOGIN_FAILED' });
    expect(failures.data!.auditRecords.edges.map((e) => e.node.actorName)).toEqual(['ghost', 'sec_a1']);
    expect(failures.data!.auditRecords.edges[0]!.node.actorId).toBeNull();
    const later = await search({ action: 'LOGIN_FAILED', from: middle });
    expect(later.data!.auditRecords.edges.map((e) => e.node.actorName)).toEqual(['ghost']);
    const earlier = await search({ to: middle });
    expect(earlier.data!.auditRecords.edges.map((e) => e.node.action)).toEqual(['LOGIN_FAILED', 'LOGIN']);
    const account = await search({ s: accountId('town_a') });
    expect(account.data!.auditRecords.edges.map((e) => e.node.action)).toEqual(['LOGIN']);
  });

  it('names the argument of a bad filter', async () => {
    expect((await search({ s: 'not-a-uuid' })).errors?.[0].extensions).toEqual({
      code: 'AUDIT_SUBJECT_ID_INVALID',
      field: 'subjectId',
    });
    expect((await search({ actor: 'x'.repeat(65) })).errors?.[0].extensions).toEqual({
      code: 'AUDIT_ACTOR_INVALID',
      field: 'actor',
    });
    expect((await search({ from: middle, to: '2020-01-01T00:00:00Z' })).errors?.[0].extensions).toEqual({
      code: 'AUDIT_TO_INVALID',
      field: 'to',
    });
    expect(code(await search({ from: '2026-02-30T00:00:00Z' }))).toBe('BAD_USER_INPUT');
  });
});

describe('export', () => {
  it('gives the filtered records as .xlsx and audits the export itself', async () => {
    const res = await h.gql<{ exportAuditRecords: { fileName: string; contentType: string; contentBase64: string } }>(
      EXPORT,
      { action: 'LOGIN_FAILED' },
      t.auditor,
    );
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportAuditRecords;
    expect(file.fileName).toMatch(/^审计记录_\d{8}\.xlsx$/);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('审计记录')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '时间',
      '动作',
      '结果',
      '操作人',
      '操作人账号编号',
      '客户端地址',
      '对象类型',
      '对象编号',
      '区划代码',
      '事由',
      '补充信息',
    ]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(2).value).toBe('登录失败');
    expect(sheet.getRow(2).getCell(4).value).toBe('ghost');
    expect(sheet.getRow(3).getCell(11).value).toBe('密码错误（连续第 1 次）');
    const [audit] = await auditRows(h, `action = 'EXPORT' and subject_type = 'AuditLog'`);
    expect(audit).toMatchObject({ actor_name: 'auditor', detail: '导出 2 条；条件：动作 登录失败' });
  });
});

describe('append-only', () => {
  it('refuses to change or delete an audit record, even in SQL', async () => {
    await expect(sql(`update audit_record set detail = 'changed'`)).rejects.toThrow(/审计记录只增不改/);
    await expect(sql('delete from audit_record')).rejects.toThrow(/审计记录只增不改/);
    await expect(sql('truncate audit_record')).rejects.toThrow(/审计记录只增不改/);
    expect((await auditRows(h)).every((r) => r.detail !== 'changed')).toBe(true);
  });
});
