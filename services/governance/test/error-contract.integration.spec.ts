import { afterAll, beforeAll, describe, it } from 'vitest';
import { v7 } from 'uuid';
import { expectModuleError, expectNullById } from '@xiangzhi/testing/error-contract';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { COUNTY, fixture, householdId, ids } from './fixture.js';
import { tokensFor, type Person } from './territory.support.js';

let h: Harness;
let t: Record<Person, string>;
let sysadmin: string;

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const admin = { accountId: v7(), username: 'sys', divisionCode: COUNTY, cadreId: null, gridIds: [] };
  sysadmin = (await h.signer.sign({ ...admin, roles: ['SYSTEM_ADMIN' as never] })).token;
});
afterAll(async () => h?.stop());

const unknown = v7();
const householdB1 = householdId(2, 0);

describe('unknown ids: a query answers null, a mutation <ENTITY>_NOT_FOUND on the field (as meetings and points)', () => {
  it.each([
    ['household', 'query($id: ID!) { household(id: $id) { id } }'],
    ['cadre', 'query($id: ID!) { cadre(id: $id) { id } }'],
    ['grid', 'query($id: ID!) { grid(id: $id) { id } }'],
  ])('%s(id) is null for an unknown, a malformed and another village’s id', async (field, query) => {
    expectNullById(await h.gql(query, { id: unknown }, t.secA1), field);
    expectNullById(await h.gql(query, { id: 'not-a-uuid' }, t.secA1), field);
  });
  it('account(id) is null for a malformed id too', async () => {
    expectNullById(await h.gql('query($id: ID!) { account(id: $id) { id } }', { id: 'x' }, sysadmin), 'account');
  });
  it('a household that does not exist and one of another village get the same HOUSEHOLD_NOT_FOUND', async () => {
    const tag = 'mutation($id: ID!) { setHouseholdTag(householdId: $id, tag: DIBAO) { id } }';
    for (const id of [unknown, 'nope', householdB1])
      expectModuleError(await h.gql(tag, { id }, t.secA1), { code: 'HOUSEHOLD_NOT_FOUND', field: 'householdId' });
    const move = 'mutation($i: MoveHouseholdInput!) { moveHousehold(input: $i) { id } }';
    for (const id of [unknown, householdB1])
      expectModuleError(
        await h.gql(move, { i: { householdId: id, version: 1, toGridId: ids.gridA1, reason: '调整' } }, t.secA1),
        { code: 'HOUSEHOLD_NOT_FOUND', field: 'householdId' },
      );
  });
  it('a grid, a pairing and an account that do not exist name their field', async () => {
    const assign = 'mutation($i: AssignGridMemberInput!) { assignGridMember(input: $i) { id } }';
    for (const gridId of [unknown, ids.gridB1])
      expectModuleError(await h.gql(assign, { i: { gridId, cadreId: ids.cadreA1, role: 'MEMBER' } }, t.secA1), {
        code: 'GRID_NOT_FOUND',
        field: 'gridId',
      });
    const end = 'mutation($i: EndPairingInput!) { endPairing(input: $i) { id } }';
    expectModuleError(await h.gql(end, { i: { id: unknown, endedOn: '2026-03-01', reason: '农户迁出' } }, t.secA1), {
      code: 'PAIRING_NOT_FOUND',
      field: 'id',
    });
    const reset = 'mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }';
    for (const id of [unknown, 'x'])
      expectModuleError(await h.gql(reset, { id }, sysadmin), { code: 'ACCOUNT_NOT_FOUND', field: 'id' });
  });
});
