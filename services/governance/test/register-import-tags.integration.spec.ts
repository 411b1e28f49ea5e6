import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSEHOLD_TAG_KINDS, HOUSEHOLD_TAG_WORDS } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { warmImportParser } from '../src/modules/register-import/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, PASSWORD, VILLAGE_A1 } from './fixture.js';
import { commit, idCard, validate, workbook, type SheetRow } from './register-import.fixture.js';

// A secretary copies the tag names from the screens into the sheet, or writes them as the village always has.
let h: Harness;
let token = '';

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  const res = await h.gql<{ login: { accessToken: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: 'sec_a1', p: PASSWORD },
  );
  token = res.data!.login.accessToken;
  await warmImportParser();
});
afterAll(async () => {
  await h?.stop();
});

const head = (seq: number, tags: string): SheetRow => ({
  householdKey: `T${seq}`,
  address: `石门村标签 ${seq} 号`,
  name: '王秀英',
  relation: '户主',
  idCardNo: idCard(seq, '19500101'),
  tags,
});

async function importedTags(rows: SheetRow[]): Promise<Record<string, string[]>> {
  const job = await validate(h, token, VILLAGE_A1, await workbook(rows));
  expect(job.errorRows).toBe(0);
  expect(await commit(h, token, job.id, 'ALL_OR_NOTHING')).toMatchObject({ status: 'DONE' });
  const found = await h.subgraph.orm.em
    .fork()
    .getConnection()
    .execute<{ address: string; tags: string[] }[]>(
      `select h.address, array_agg(t.tag order by t.tag) tags from household h
       join household_tag t on t.household_id = h.id and t.removed_at is null
       where h.address like '石门村标签%' group by h.address`,
    );
  return Object.fromEntries(found.map((r) => [r.address, r.tags]));
}

describe('register import tag names', () => {
  it('accepts every tag label the screens show, the register form wording, and the usual short names', async () => {
    const byLabel = HOUSEHOLD_TAG_KINDS.map((tag, i) => head(301 + i, HOUSEHOLD_TAG_WORDS[tag].label));
    const byFormal = HOUSEHOLD_TAG_KINDS.map((tag, i) => head(321 + i, HOUSEHOLD_TAG_WORDS[tag].formal));
    const usual = [
      head(341, '空巢老人、低保'),
      head(342, '五保，特困'),
      head(343, '空巢老人户 低保户'),
      head(344, '重病'),
    ];
    const tags = await importedTags([...byLabel, ...byFormal, ...usual]);
    HOUSEHOLD_TAG_KINDS.forEach((tag, i) => {
      expect(tags[`石门村标签 ${301 + i} 号`]).toEqual([tag]);
      expect(tags[`石门村标签 ${321 + i} 号`]).toEqual([tag]);
    });
    expect(tags['石门村标签 341 号']).toEqual(['DIBAO', 'EMPTY_NEST_ELDERLY']);
    expect(tags['石门村标签 342 号']).toEqual(['WUBAO']);
    expect(tags['石门村标签 343 号']).toEqual(['DIBAO', 'EMPTY_NEST_ELDERLY']);
    expect(tags['石门村标签 344 号']).toEqual(['SERIOUS_ILLNESS_DISABILITY']);
  });
});
