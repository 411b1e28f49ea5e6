import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import type { Role } from '@xiangzhi/auth';
import { Region, RegionLevel } from './modules/region/index.js';
import { Grid, GridLevel } from './modules/grid/index.js';
import { Household } from './modules/household/index.js';
import { Resident, Sex } from './modules/household/index.js';
import { Cadre, CadreKind } from './modules/cadre/index.js';
import { Pairing } from './modules/cadre/index.js';
import { Account } from './modules/account/index.js';
import { hashPassword } from './modules/account/index.js';
import { FieldCrypto } from './pii/field-crypto.js';
import { loadHouseholdDemo } from './modules/household/index.js';
import { loadGridDemo } from './modules/cadre/index.js';
import { loadCadreDemo } from './modules/cadre/index.js';
import { loadVisitDemo } from './modules/visit/index.js';
import { loadPolicyDemo } from './modules/policy/index.js';
import { loadIndustryDemo } from './modules/industry/index.js';
import { loadCaseDemo } from './modules/case/index.js';
import { loadServiceOrderDemo } from './modules/service-order/index.js';
import { loadPatrolDemo } from './modules/patrol/index.js';
import { loadSupervisionDemo } from './modules/supervision/index.js';

/** True when the register holds no region yet: demo data goes only into an empty database. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Region, {})) === 0;
}

/** Loads governance's part of the demo dataset in one transaction (bulk inserts, not row by row). */
export async function loadDemo(em: EntityManager, data: DemoDataset, crypto: FieldCrypto): Promise<void> {
  const hashes = new Map<string, string>();
  for (const a of data.accounts) if (!hashes.has(a.password)) hashes.set(a.password, await hashPassword(a.password));
  await em.transactional(async (tx) => {
    await tx.insertMany(
      Region,
      data.regions.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level as RegionLevel,
        parentCode: r.parentCode,
        version: 1,
      })),
    );
    await tx.insertMany(
      Grid,
      data.grids.map((g) => ({
        id: g.id,
        name: g.name,
        level: GridLevel.AREA,
        divisionCode: g.villageCode,
        leaderCadreId: g.leaderCadreId ?? null,
        version: 1,
      })),
    );
    await tx.insertMany(
      Cadre,
      data.cadres.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind as CadreKind,
        post: c.post,
        divisionCode: c.divisionCode,
        gridId: c.gridId ?? null,
        version: 1,
      })),
    );
    const households = data.households.map((h) => ({
      id: h.id,
      villageCode: h.villageCode,
      grid: h.gridId,
      address: h.address,
      headName: h.headName,
      memberCount: h.residents.length,
      version: 1,
    }));
    for (let i = 0; i < households.length; i += 1000) await tx.insertMany(Household, households.slice(i, i + 1000));
    const residents = data.households.flatMap((h) =>
      h.residents.map((r) => ({
        id: r.id,
        household: h.id,
        name: r.name,
        relation: r.relation,
        sex: r.sex as Sex,
        birthDate: r.birthDate,
        version: 1,
      })),
    );
    for (let i = 0; i < residents.length; i += 1000) await tx.insertMany(Resident, residents.slice(i, i + 1000));
    const pairings = data.pairings.map((p) => ({
      id: p.id,
      cadre: p.cadreId,
      household: p.householdId,
      startedOn: p.startedOn,
      version: 1,
    }));
    for (let i = 0; i < pairings.length; i += 1000) await tx.insertMany(Pairing, pairings.slice(i, i + 1000));
    await tx.insertMany(
      Account,
      data.accounts.map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.displayName,
        passwordHash: hashes.get(a.password) ?? '',
        roles: a.roles as Role[],
        divisionCode: a.divisionCode,
        cadreId: a.cadreId ?? null,
        gridIds: a.gridIds ?? [],
        version: 1,
      })),
    );
    // each module adds its own part (encrypted personal data, grid levels, phones, visits …)
    for (const load of [
      loadHouseholdDemo,
      loadGridDemo,
      loadCadreDemo,
      loadVisitDemo,
      loadCaseDemo,
      loadPatrolDemo,
      loadSupervisionDemo,
    ])
      await load(tx, data, crypto);
  });
}

/** `npm start`'s seed step (tools/dev/src/seed-demo.ts), never the service's boot: the demo county's register. */
export async function seedDemo(
  em: EntityManager,
  data: DemoDataset,
  env: NodeJS.ProcessEnv,
): Promise<Record<string, number>> {
  await loadDemo(em, data, FieldCrypto.fromBase64(env.PII_MASTER_KEY ?? ''));
  // computed from the register just loaded (benefits by rule), so only after it; not in tests' fixtures
  await em.transactional(async (tx) => {
    await loadPolicyDemo(tx, data);
    await loadIndustryDemo(tx, data);
    await loadServiceOrderDemo(tx, data);
  });
  return { households: data.households.length, accounts: data.accounts.length };
}
