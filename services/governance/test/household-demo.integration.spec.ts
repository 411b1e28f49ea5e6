import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { nameInitials } from '../src/modules/household/index.js';
import { startGovernance, type Harness } from './harness.js';

let h: Harness;
let data: DemoDataset;
let loadMs = 0;
let token = '';

const LIST = `query($s: String, $t: HouseholdTagKind, $id: String, $p: String, $why: String, $first: Int) {
  households(search: $s, tag: $t, idCardNo: $id, phone: $p, lookupReason: $why, first: $first) { totalCount edges { node { id headName memberCount incomeBand
    group { name } tags { tag setBy } residents { name isHead idCardMasked phoneMasked occupation } } } } }`;
type Node = {
  id: string;
  headName: string;
  memberCount: number;
  incomeBand: string;
  group: { name: string };
  tags: { tag: string; setBy: string }[];
  residents: { name: string; isHead: boolean; idCardMasked: string; phoneMasked: string | null; occupation: string }[];
};
const list = async (vars: Record<string, unknown>) =>
  (
    await h.gql<{ households: { totalCount: number; edges: { node: Node }[] } }>(
      LIST,
      { first: 100, why: '核对身份信息', ...vars },
      token,
    )
  ).data!.households;

beforeAll(async () => {
  h = await startGovernance();
  data = generateDemoData();
  const started = Date.now();
  await loadDemo(h.subgraph.orm.em.fork(), data, h.crypto);
  loadMs = Date.now() - started;
  const secretary = data.accounts.find((a) => a.username === 'secretary_1')!;
  token = (
    await h.signer.sign({
      accountId: secretary.id,
      username: secretary.username,
      roles: secretary.roles as never,
      divisionCode: secretary.divisionCode,
      gridIds: [],
      cadreId: secretary.cadreId,
    })
  ).token;
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('the demo register', () => {
  it('loads the whole county in one go', async () => {
    const conn = h.subgraph.orm.em.getConnection();
    const [c] = await conn.execute<{ r: string; g: string; t: string; s: string }[]>(
      `select (select count(*) from resident where id_card_cipher is not null and is_head is not null) as r, (select count(*) from villager_group) as g,
              (select count(*) from household_tag) as t, (select count(*) from household where group_id is null or head_name_initials = '') as s`,
    );
    const residents = data.households.reduce((n, x) => n + x.residents.length, 0);
    expect(Number(c.r)).toBe(residents);
    expect(Number(c.g)).toBe(data.villagerGroups!.length);
    expect(Number(c.t)).toBe(data.households.reduce((n, x) => n + x.tags!.length, 0));
    expect(Number(c.s)).toBe(0);
    console.info(`[demo] ${data.households.length} households, ${residents} residents loaded in ${loadMs} ms`);
  });

  it('shows a village secretary the own households, head first, masked, in their group, with tags and income', async () => {
    const village = data.accounts.find((a) => a.username === 'secretary_1')!.divisionCode;
    const own = data.households.filter((x) => x.villageCode === village);
    const page = await list({});
    expect(page.totalCount).toBe(own.length);
    for (const { node } of page.edges) {
      const source = own.find((x) => x.id === node.id)!;
      expect(node.memberCount).toBe(source.residents.length);
      expect(node.residents[0]).toMatchObject({ isHead: true, name: source.headName });
      expect(node.incomeBand).toBe(source.incomeBand);
      expect(source.address).toContain(`村${node.group.name}`);
      expect(node.tags.map((x) => x.tag).sort()).toEqual(source.tags!.map((x) => x.tag).sort());
      for (const t of node.tags) expect(t.setBy).toBe('secretary_1');
      node.residents.forEach((r, i) => {
        const id = source.residents[i].idCardNo!;
        expect(r.idCardMasked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
        expect(r.phoneMasked === null).toBe(!source.residents[i].phone);
        expect(r.occupation).toBe(source.residents[i].occupation);
      });
    }
  });

  it('finds demo people by initials, exact ID number and phone, and counts tags like the dataset', async () => {
    const village = data.accounts.find((a) => a.username === 'secretary_1')!.divisionCode;
    const own = data.households.filter((x) => x.villageCode === village);
    const target = own[17];
    const member = target.residents[target.residents.length - 1];
    expect((await list({ id: member.idCardNo })).edges.map((e) => e.node.id)).toEqual([target.id]);
    const withPhone = own.find((x) => x.residents[0].phone)!;
    expect((await list({ p: withPhone.residents[0].phone })).edges.map((e) => e.node.id)).toEqual([withPhone.id]);
    const byInitials = await list({ s: nameInitials(target.headName) });
    expect(byInitials.edges.map((e) => e.node.id)).toContain(target.id);
    for (const tag of ['DIBAO', 'EMPTY_NEST_ELDERLY', 'LEFT_BEHIND_CHILD']) {
      expect((await list({ t: tag })).totalCount, tag).toBe(
        own.filter((x) => x.tags!.some((t) => t.tag === tag)).length,
      );
    }
  });

  it('holds none of the demo ID numbers or phones in plain text', async () => {
    const plain = new Set(
      data.households.flatMap((x) =>
        x.residents.flatMap((r) => [r.idCardNo!, r.phone].filter((v): v is string => !!v)),
      ),
    );
    const conn = h.subgraph.orm.em.getConnection();
    const columns = await conn.execute<{ table_name: string; column_name: string }[]>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'character varying', 'json', 'jsonb', 'character')`,
    );
    const leaks: string[] = [];
    for (const { table_name, column_name } of columns) {
      // every run of 11+ digits (an X may end an ID number); then each 11- and 18-character window is checked
      const runs = await conn.execute<{ m: string }[]>(
        `select distinct (regexp_matches("${column_name}"::text, '[0-9]{11,}X?', 'g'))[1] as m from "${table_name}" where "${column_name}" is not null`,
      );
      for (const { m } of runs) {
        for (const len of [11, 18])
          for (let i = 0; i + len <= m.length; i++)
            if (plain.has(m.slice(i, i + len))) leaks.push(`${table_name}.${column_name}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
