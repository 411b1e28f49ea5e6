import { afterAll, beforeAll, describe, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { expectModuleError } from '@xiangzhi/testing/error-contract';
import { principal, startHarness, type Harness } from './support/harness.js';

const A = '430999001001';
const AWARD = 'mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id } }';
const BOARD = 'query($r: String, $n: Int) { pointsLeaderboard(regionCode: $r, first: $n) { rank } }';
const RULES = 'query($r: String) { pointRules(regionCode: $r) { eventType } }';
const cadre = v7();

let h: Harness;
let secretary: string;
const award = (over: Record<string, unknown>) =>
  h.request(
    AWARD,
    {
      input: {
        kind: 'COMMENDATION',
        cadreId: cadre,
        points: 2,
        reason: '协助调解邻里纠纷',
        month: '2026-03',
        ...over,
      },
    },
    { token: secretary },
  );

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([{ id: cadre, divisionCode: A }]);
  secretary = await h.token(principal(Role.VILLAGE_SECRETARY, A));
});
afterAll(async () => h?.stop());

describe('error contract: the points module’s own code, the field and a Chinese message', () => {
  it.each([
    [{ points: 0 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ reason: '   ' }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ month: '1999-01' }, 'POINT_REQUEST_MONTH_INVALID', 'month'],
    [{ kind: 'CORRECTION' }, 'POINT_REQUEST_CORRECTS_ENTRY_ID_INVALID', 'correctsEntryId'],
  ])('requestPointEntry %j answers %s on %s', async (over, code, field) => {
    expectModuleError(await award(over), { code, field });
  });
  it('an unknown or malformed cadre id is CADRE_NOT_FOUND on cadreId', async () => {
    expectModuleError(await award({ cadreId: v7() }), { code: 'CADRE_NOT_FOUND', field: 'cadreId' });
    expectModuleError(await award({ cadreId: 'someone' }), { code: 'CADRE_NOT_FOUND', field: 'cadreId' });
  });
  it('queries name the field of a bad argument with the module’s code', async () => {
    expectModuleError(await h.request(BOARD, { r: '12' }, { token: secretary }), {
      code: 'POINTS_REGION_CODE_INVALID',
      field: 'regionCode',
    });
    expectModuleError(await h.request(BOARD, { n: 500 }, { token: secretary }), {
      code: 'POINTS_LEADERBOARD_SIZE_INVALID',
      field: 'first',
    });
    expectModuleError(await h.request(RULES, { r: '12' }, { token: secretary }), {
      code: 'POINTS_REGION_CODE_INVALID',
      field: 'regionCode',
    });
  });
});
