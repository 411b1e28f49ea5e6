import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { householdId, registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';

// What a caller notices when the input is wrong: BAD_USER_INPUT naming the field, a Chinese message,
// and nothing stored. Everything goes through the GraphQL API over HTTP.
let h: Harness;
const t: Record<string, string> = {};

const CREATE =
  'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id address difficulties residents { name birthDate } } }';
const ADD = 'mutation($input: AddResidentInput!) { addResident(input: $input) { id name birthDate } }';
const LIST =
  'query($s: String, $first: Int, $after: String) { households(search: $s, first: $first, after: $after) { totalCount edges { cursor } } }';
const UPDATE_SETTING =
  'mutation($c: String!, $k: String!, $v: JSON!) { updateSetting(divisionCode: $c, key: $k, value: $v) { key value } }';

type Ext = { code?: string; field?: string } | undefined;
const ext = (res: GqlResult<unknown>): Ext => res.errors?.[0]?.extensions;
const message = (res: GqlResult<unknown>): string => res.errors?.[0]?.message ?? '';
const hasChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);
const count = async (table: string): Promise<number> =>
  Number((await h.subgraph.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);

const household = (over: Record<string, unknown> = {}, head: Record<string, unknown> = {}) => ({
  villageCode: VILLAGE_A1,
  address: '石门村三组8号',
  ...over,
  head: { name: '周立新', sex: 'MALE', birthDate: '1972-04-09', ...head },
});
const create = (input: Record<string, unknown>) =>
  h.gql<{ createHousehold: { id: string; address: string; difficulties: string | null } }>(CREATE, { input }, t.sec_a1);
const addResident = (resident: Record<string, unknown>) =>
  h.gql<{ addResident: { id: string } }>(
    ADD,
    {
      input: {
        householdId: householdId(0, 6),
        resident: { name: '周小燕', relation: '女', sex: 'FEMALE', ...resident },
      },
    },
    t.sec_a1,
  );

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['sec_a1', 'county']) t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('text arguments: control characters and lengths', () => {
  it('refuses a NUL byte or another control character anywhere in a text argument, naming the argument path', async () => {
    const before = await count('household');
    const cases: [Record<string, unknown>, string][] = [
      [household({}, { name: '周\u0000立新' }), 'input.head.name'],
      [household({ address: '石门村\u0000三组' }), 'input.address'],
      [household({ difficulties: '缺劳力\u0007' }), 'input.difficulties'],
      [household({ livingSituation: '住房\u001b[31m安全' }), 'input.livingSituation'],
      [household({}, { health: '良好\u007f' }), 'input.head.health'],
    ];
    for (const [input, field] of cases) {
      const res = await create(input);
      expect(ext(res), field).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(hasChinese(message(res)), message(res)).toBe(true);
      expect(res.data?.createHousehold ?? null).toBeNull();
    }
    const search = await h.gql(LIST, { s: '王\u0000' }, t.sec_a1);
    expect(ext(search)).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
    // an inline literal is checked like a variable
    const inline = await h.gql('{ households(search: "王\\u0000") { totalCount } }', {}, t.sec_a1);
    expect(ext(inline)).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(await count('household')).toBe(before);
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const res = await create(
      household(
        { address: '石门村三组9号', difficulties: '一、缺劳力\r\n二、子女上学\t路远' },
        { name: '周立平', birthDate: '1970-01-02' },
      ),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createHousehold.difficulties).toBe('一、缺劳力\r\n二、子女上学\t路远');
  });

  it('refuses text longer than the field allows: a 2 MB health note, an overlong address or name', async () => {
    const before = await count('resident');
    const huge = await addResident({ health: '病'.repeat(600_000) });
    expect(ext(huge)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.resident.health' });
    expect(message(huge)).toContain('500');
    expect(ext(await addResident({ health: '病'.repeat(501) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.resident.health',
    });
    expect(ext(await addResident({ name: '周'.repeat(51) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.resident.name',
    });
    expect(ext(await create(household({ address: '村'.repeat(201) })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.address',
    });
    expect(ext(await create(household({ difficulties: '难'.repeat(2001) })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.difficulties',
    });
    // a field without its own limit has the default one (2,000 characters)
    expect(ext(await h.gql(LIST, { s: '王'.repeat(2001) }, t.sec_a1))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'search',
    });
    expect(await count('resident')).toBe(before);
    expect((await addResident({ health: '病'.repeat(500), birthDate: '2001-03-04' })).errors).toBeUndefined();
  });
});

describe('dates', () => {
  it('refuses impossible birth dates (2026-02-30, 2026-13-01) as HOUSEHOLD_BIRTH_DATE_INVALID naming the field', async () => {
    for (const birthDate of ['2026-02-30', '2026-13-01', '1999-02-29', '2026-04-31']) {
      const res = await create(household({ address: `石门村三组${birthDate}` }, { birthDate }));
      expect(ext(res), birthDate).toEqual({ code: 'HOUSEHOLD_BIRTH_DATE_INVALID', field: 'head.birthDate' });
      expect(hasChinese(message(res))).toBe(true);
    }
  });

  it('refuses birth dates in the future or before 1900', async () => {
    for (const birthDate of ['2999-01-01', '1899-12-31', '2100-06-01']) {
      const res = await create(household({ address: `石门村四组${birthDate}` }, { birthDate }));
      expect(ext(res), birthDate).toEqual({ code: 'HOUSEHOLD_BIRTH_DATE_INVALID', field: 'head.birthDate' });
    }
    expect(ext(await addResident({ birthDate: '2999-01-01' }))).toEqual({
      code: 'HOUSEHOLD_BIRTH_DATE_INVALID',
      field: 'resident.birthDate',
    });
    const ok = await create(household({ address: '石门村四组1号' }, { name: '周百岁', birthDate: '1900-01-01' }));
    expect(ok.errors).toBeUndefined();
  });
});

describe('page cursors', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64url');
  it('refuses a malformed, negative or absurdly large cursor with field "after", and a bad page size with field "first"', async () => {
    for (const after of [
      b64('o:99999999999999999999'),
      b64('o:100000000'),
      b64('o:-1'),
      b64('o:1e5'),
      'x'.repeat(1500),
      '!!!',
      b64('o:'),
    ]) {
      const res = await h.gql(LIST, { after }, t.sec_a1);
      expect(ext(res), after.slice(0, 30)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(hasChinese(message(res))).toBe(true);
    }
    for (const first of [0, -5, 101, 2147483647]) {
      expect(ext(await h.gql(LIST, { first }, t.sec_a1)), String(first)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
    const page = await h.gql<{ households: { edges: { cursor: string }[] } }>(LIST, { first: 2 }, t.sec_a1);
    const next = await h.gql<{ households: { totalCount: number } }>(
      LIST,
      { first: 2, after: page.data!.households.edges[1].cursor },
      t.sec_a1,
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('setting keys', () => {
  it('refuses an unknown key, __proto__ and constructor included, naming field "key" and the allowed keys', async () => {
    for (const k of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'grid.unknown']) {
      const res = await h.gql(UPDATE_SETTING, { c: VILLAGE_A1, k, v: 5 }, t.sec_a1);
      expect(ext(res), k).toEqual({ code: 'SETTINGS_KEY_INVALID', field: 'key' });
      expect(message(res)).toContain('grid.areaCapacity');
    }
    const ok = await h.gql<{ updateSetting: { value: number } }>(
      UPDATE_SETTING,
      { c: VILLAGE_A1, k: 'grid.areaCapacity', v: 80 },
      t.sec_a1,
    );
    expect(ok.data?.updateSetting.value).toBe(80);
  });
});
