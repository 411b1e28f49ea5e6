import { afterAll, beforeAll, describe, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { expectModuleError, expectNullById } from '@xiangzhi/testing/error-contract';
import { principal, startHarness, type Harness } from './support/harness.js';

const A = '430999001001';
const CREATE = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }';
const ONE = 'query($id: ID!) { meeting(id: $id) { id } }';

let h: Harness;
let secretary: string;
const create = (over: Record<string, unknown>) =>
  h.request(
    CREATE,
    { input: { kind: 'COMMITTEE', villageCode: A, date: '2026-03-01T08:00:00Z', title: '三月两委会', ...over } },
    { token: secretary },
  );

beforeAll(async () => {
  h = await startHarness();
  secretary = await h.token(principal(Role.VILLAGE_SECRETARY, A));
});
afterAll(async () => h?.stop());

describe('error contract: the meetings module’s own code, the field and a Chinese message', () => {
  it.each([
    [{ date: '1999-12-31T00:00:00Z' }, 'MEETING_DATE_INVALID', 'date'],
    [{ title: '会'.repeat(101) }, 'MEETING_TITLE_INVALID', 'title'],
    [{ villageCode: '4309990010' }, 'MEETING_VILLAGE_CODE_INVALID', 'villageCode'],
  ])('createMeeting %j answers %s on %s', async (over, code, field) => {
    expectModuleError(await create(over), { code, field });
  });
  it('a chair that does not exist is CADRE_NOT_FOUND on chairCadreId, like one elsewhere', async () => {
    expectModuleError(await create({ chairCadreId: v7() }), { code: 'CADRE_NOT_FOUND', field: 'chairCadreId' });
    expectModuleError(await create({ chairCadreId: 'someone' }), { code: 'CADRE_NOT_FOUND', field: 'chairCadreId' });
  });
  it('a query by an unknown or malformed id answers null, as in every subgraph', async () => {
    expectNullById(await h.request(ONE, { id: v7() }, { token: secretary }), 'meeting');
    expectNullById(await h.request(ONE, { id: 'not-a-uuid' }, { token: secretary }), 'meeting');
  });
});
