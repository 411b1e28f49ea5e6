import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { freezeMonth } from '../src/modules/point-entry/index.js';
import { principal, startHarness, type Harness } from './support/harness.js';

// Issue 9: 嘉奖 / 问责 / corrections by hand need a second person; only the approval writes the ledger line.
const T1 = '430999001';
const T2 = '430999002';
const V1 = '430999001001';
const cadre = { a: v7(), b: v7() };

const REQUEST = `mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id status kind points
  month divisionCode requestedByName cadre { id } } }`;
const APPROVE = `mutation($id: ID!) { approvePointEntryRequest(id: $id) { id status entryId decidedByName } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refusePointEntryRequest(id: $id, reason: $reason) { id status refusalReason entryId } }`;
const LIST = `query($s: PointRequestStatus) { pointEntryRequests(status: $s) { id status points reason cadre { id } } }`;

type Req = { id: string; status: string; entryId: string | null };
let h: Harness;
let secretary: string;
let townshipAdmin: string;
let leader: string;
let otherLeader: string;
const admin = principal(Role.TOWNSHIP_ADMIN, T1);

const ask = async (token: string, over: Record<string, unknown> = {}) => {
  const input = {
    kind: 'COMMENDATION',
    cadreId: cadre.a,
    points: 5,
    reason: '防汛抢险表现突出',
    month: '2026-10',
    ...over,
  };
  return h.request<{ requestPointEntry: Req & { points: number; divisionCode: string } }>(
    REQUEST,
    { input },
    { token },
  );
};
const linesOf = (cadreId: string) =>
  h.subgraph.orm.em.fork().execute<
    {
      id: string;
      points: number;
      reason: string;
      booked_month: string;
      created_by: string;
      corrects_entry_id: string | null;
    }[]
  >('select id, points, reason, booked_month, created_by, corrects_entry_id from point_entry where cadre_id = ? order by created_at', [cadreId]);

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([
    { id: cadre.a, divisionCode: V1 },
    { id: cadre.b, divisionCode: V1 },
  ]);
  secretary = await h.token(principal(Role.VILLAGE_SECRETARY, V1));
  townshipAdmin = await h.token(admin);
  leader = await h.token(principal(Role.TOWNSHIP_LEADER, T1));
  otherLeader = await h.token(principal(Role.TOWNSHIP_LEADER, T2));
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('manual points need a second person', () => {
  it('records a secretary’s commendation as pending, writing nothing to the ledger', async () => {
    const res = await ask(secretary);
    expect(res.errors).toBeUndefined();
    expect(res.data?.requestPointEntry).toMatchObject({
      status: 'PENDING',
      points: 5,
      divisionCode: V1,
      cadre: { id: cadre.a },
    });
    expect(await linesOf(cadre.a)).toEqual([]);
  });

  it('lets a leader of the township approve it: only then the line is written', async () => {
    const id = (await ask(secretary, { reason: '调解纠纷成效显著' })).data!.requestPointEntry.id;
    const res = await h.request<{ approvePointEntryRequest: Req & { decidedByName: string } }>(
      APPROVE,
      { id },
      { token: leader },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.approvePointEntryRequest.status).toBe('APPROVED');
    const lines = await linesOf(cadre.a);
    expect(lines.map((l) => [l.points, l.reason, l.booked_month])).toEqual([[5, '调解纠纷成效显著', '2026-10']]);
    expect(lines[0]?.id).toBe(res.data?.approvePointEntryRequest.entryId);
    // a second decision is refused
    const again = await h.request(APPROVE, { id }, { token: townshipAdmin });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await linesOf(cadre.a)).toHaveLength(1);
  });

  it('refuses the requester deciding their own request, and a leader of another township', async () => {
    const id = (await ask(townshipAdmin, { cadreId: cadre.b, kind: 'DEDUCTION', points: -4, reason: '受党内警告处分' }))
      .data!.requestPointEntry.id;
    const own = await h.request(APPROVE, { id }, { token: townshipAdmin });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toMatch(/不能审核自己提交/);
    const elsewhere = await h.request(APPROVE, { id }, { token: otherLeader });
    expect(elsewhere.errors?.[0]?.extensions).toEqual({ code: 'POINT_ENTRY_REQUEST_NOT_FOUND', field: 'id' });
    // a village secretary may ask but not decide
    expect((await h.request(APPROVE, { id }, { token: secretary })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await linesOf(cadre.b)).toEqual([]);
    // the database itself refuses a decision by the requester
    await expect(
      h.subgraph.orm.em
        .fork()
        .execute(`update point_entry_request set decided_by = requested_by, status = 'APPROVED' where id = ?`, [id]),
    ).rejects.toThrow(/point_entry_request_second_person/);
  });

  it('refuses with a reason (required), and writes nothing', async () => {
    const id = (await ask(secretary, { cadreId: cadre.b, reason: '材料不全' })).data!.requestPointEntry.id;
    const empty = await h.request(REFUSE, { id, reason: '  ' }, { token: leader });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'POINT_REQUEST_REFUSAL_REASON_INVALID', field: 'reason' });
    const res = await h.request<{ refusePointEntryRequest: Req & { refusalReason: string } }>(
      REFUSE,
      { id, reason: '请补充事迹材料' },
      { token: leader },
    );
    expect(res.data?.refusePointEntryRequest).toMatchObject({
      status: 'REFUSED',
      refusalReason: '请补充事迹材料',
      entryId: null,
    });
    expect(await linesOf(cadre.b)).toEqual([]);
  });

  it('corrects an earlier line with a line that refers to it, booked to the first open month', async () => {
    const [line] = await linesOf(cadre.a);
    await h.subgraph.orm.em.fork().transactional((tx) => freezeMonth(tx, T1, '2026-10'));
    const id = (
      await ask(secretary, { kind: 'CORRECTION', points: -5, reason: '重复记分更正', correctsEntryId: line!.id })
    ).data!.requestPointEntry.id;
    expect((await h.request(APPROVE, { id }, { token: leader })).errors).toBeUndefined();
    const [, correction] = await linesOf(cadre.a);
    expect(correction).toMatchObject({ points: -5, corrects_entry_id: line!.id, booked_month: '2026-11' });
    const stranger = await ask(secretary, { kind: 'CORRECTION', points: -5, correctsEntryId: v7() });
    expect(stranger.errors?.[0]?.extensions).toEqual({ code: 'POINT_ENTRY_NOT_FOUND', field: 'correctsEntryId' });
  });

  it('lists the township’s requests in a flat number of statements', async () => {
    await h.request(LIST, {}, { token: leader });
    const few = h.queries.length;
    for (let i = 0; i < 6; i++) await ask(secretary, { reason: `表彰 ${i}` });
    h.queries.length = 0;
    const res = await h.request<{ pointEntryRequests: { status: string }[] }>(
      LIST,
      { s: 'PENDING' },
      { token: leader },
    );
    expect(h.queries.length).toBe(few);
    expect(res.data?.pointEntryRequests.length).toBeGreaterThanOrEqual(7);
    expect(res.data?.pointEntryRequests.every((r) => r.status === 'PENDING')).toBe(true);
    const other = await h.request<{ pointEntryRequests: unknown[] }>(LIST, {}, { token: otherLeader });
    expect(other.data?.pointEntryRequests).toEqual([]);
  });
});
