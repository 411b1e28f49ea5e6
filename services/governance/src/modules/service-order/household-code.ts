import { randomBytes } from 'node:crypto';
import { v7 } from 'uuid';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HouseholdCode } from './household-code.entity.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
/** 16 random bytes (128 bits) in lower-case base32: 26 characters, easy to read off and to type. */
export const CODE_LENGTH = 26;
const CODE_PATTERN = /^[a-z2-7]{26}$/;

export function newHouseholdCode(): string {
  const bytes = randomBytes(16);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out + ALPHABET[(value << (5 - bits)) & 31];
}

/** The shape a code must have before the database is asked (the lookup still runs, for equal timing). */
export const looksLikeCode = (code: string): boolean => CODE_PATTERN.test(code);

/** Where villagers reach the public pages (the QR codes carry it): PUBLIC_BASE_URL, validated at start-up. */
export const publicBaseUrl = z
  .url({ protocol: /^https?$/ })
  .default('http://127.0.0.1:8080')
  .transform((u) => u.replace(/\/+$/, ''));

/** The URL a household's contact card carries: its order page. */
export const householdOrderUrl = (code: string, env: NodeJS.ProcessEnv = process.env): string =>
  `${publicBaseUrl.parse(env.PUBLIC_BASE_URL || undefined)}/s/${code}`;

/**
 * The live codes of the households, creating those missing (a card printed, a code asked for):
 * two statements and one insert, whatever the count.
 */
export async function liveCodes(em: EntityManager, householdIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(householdIds)];
  if (!ids.length) return new Map();
  const found = await em.find(
    HouseholdCode,
    { household: { $in: ids }, revokedAt: null },
    { fields: ['household', 'code'] },
  );
  const out = new Map(found.map((c) => [c.household.id, c.code]));
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    const rows = missing.map((id) => ({ id: v7(), household_id: id, code: newHouseholdCode() }));
    // a concurrent print may create the same household's code: the one live code wins, ours is dropped
    await em.getConnection().execute(
      `insert into household_public_code (id, household_id, code, created_at, updated_at, version)
       select x.id::uuid, x.household_id::uuid, x.code, now(), now(), 1
       from json_to_recordset(?) as x(id text, household_id text, code text)
       on conflict do nothing`,
      [JSON.stringify(rows)],
    );
    const created = await em
      .getConnection()
      .execute<{ household_id: string; code: string }[]>(
        'select household_id, code from household_public_code where household_id in (?) and revoked_at is null',
        [missing],
      );
    for (const r of created) out.set(r.household_id, r.code);
  }
  return out;
}
