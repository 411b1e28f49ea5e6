import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type Principal } from '@xiangzhi/auth';
import type { AppError } from '@xiangzhi/subgraph-kit';
import { PointEntryService, checkCadre } from './point-entry.service.js';

const A = '430999001001';
const CADRE = '0196a1b2-0000-7000-8000-00000000000a';
const who = (role: Role, divisionCode = A, cadreId: string | null = null): Principal => ({
  accountId: '0196a1b2-0000-7000-8000-0000000000ff',
  username: 'u',
  roles: [role],
  divisionCode,
  gridIds: [],
  cadreId,
});
describe('checkCadre', () => {
  const cadres = new Map([
    [CADRE, { id: CADRE, divisionCode: A }],
    ['t', { id: 't', divisionCode: '430999001' }],
    ['b', { id: 'b', divisionCode: '430999002001' }],
  ]);
  const find = async (id: string) => cadres.get(id) ?? null;
  const failed = (p: Promise<void>) =>
    p.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: AppError) => e,
    );
  it('accepts a cadre of the jurisdiction booked to their own division', async () => {
    await expect(
      checkCadre(find, who(Role.VILLAGE_SECRETARY), { cadreId: CADRE, divisionCode: A }),
    ).resolves.toBeUndefined();
    await expect(
      checkCadre(find, who(Role.TOWNSHIP_ADMIN, '430999001'), { cadreId: 't', divisionCode: A }),
    ).resolves.toBeUndefined();
  });
  it('answers a cadre elsewhere, above the caller, or missing with the same CADRE_NOT_FOUND', async () => {
    const elsewhere = await failed(checkCadre(find, who(Role.VILLAGE_SECRETARY), { cadreId: 'b', divisionCode: A }));
    expect(elsewhere).toMatchObject({ code: 'CADRE_NOT_FOUND', field: 'cadreId' });
    expect(await failed(checkCadre(find, who(Role.VILLAGE_SECRETARY), { cadreId: 't', divisionCode: A }))).toEqual(
      elsewhere,
    );
    expect(await failed(checkCadre(find, who(Role.VILLAGE_SECRETARY), { cadreId: 'nobody', divisionCode: A }))).toEqual(
      elsewhere,
    );
  });
  it('refuses a line booked to another division than the cadre’s', async () => {
    const e = await failed(
      checkCadre(find, who(Role.TOWNSHIP_ADMIN, '430999001'), { cadreId: CADRE, divisionCode: '430999001002' }),
    );
    expect({ code: e.code, field: e.field }).toEqual({ code: 'POINTS_DIVISION_NOT_CADRES', field: 'divisionCode' });
  });
});

/** An EntityManager stand-in that answers `execute` with canned rows and records the bindings. */
function fakeEm(rows: unknown[]): { em: EntityManager; calls: { sql: string; params: unknown[] }[] } {
  const calls: { sql: string; params: unknown[] }[] = [];
  const em = {
    execute: async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      return rows;
    },
  } as unknown as EntityManager;
  return { em, calls };
}

describe('PointEntryService', () => {
  it('maps grouped totals: in scope → total, only outside → null, no line → 0', async () => {
    const other = '0196a1b2-0000-7000-8000-00000000000b';
    const none = '0196a1b2-0000-7000-8000-00000000000c';
    const { em, calls } = fakeEm([
      { cadre_id: CADRE, total: 12, in_scope: 3 },
      { cadre_id: other, total: 0, in_scope: 0 },
    ]);
    const totals = await new PointEntryService(em, who(Role.VILLAGE_SECRETARY)).totals([CADRE, other, none, 'bogus']);
    expect(Object.fromEntries(totals)).toEqual({
      [CADRE]: { cadreId: CADRE, total: 12, entryCount: 3 },
      [other]: null,
      [none]: { cadreId: none, total: 0, entryCount: 0 },
      bogus: null,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.params).toEqual([`${A}%`, `${A}%`, [CADRE, other, none]]);
  });
  it('scopes the leaderboard and validates its arguments', async () => {
    const { em, calls } = fakeEm([{ cadre_id: CADRE, total: 12, rank: 1 }]);
    const service = new PointEntryService(em, who(Role.VILLAGE_SECRETARY));
    expect(await service.leaderboard({ regionCode: '430999001', first: 10 })).toEqual([
      { rank: 1, total: 12, cadreId: CADRE },
    ]);
    expect(calls[0]?.params).toEqual([`${A}%`, 10]);
    await expect(service.leaderboard({ first: 101 })).rejects.toMatchObject({
      code: 'POINTS_LEADERBOARD_SIZE_INVALID',
      field: 'first',
    });
    await expect(service.leaderboard({ regionCode: '43_%' })).rejects.toMatchObject({
      code: 'POINTS_REGION_CODE_INVALID',
      field: 'regionCode',
    });
    await expect(service.leaderboard({ regionCode: '430999002001' })).rejects.toThrow('不在您的管辖范围内');
    await expect(new PointEntryService(em, who(Role.COUNTY_ADMIN, '')).leaderboard({})).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
