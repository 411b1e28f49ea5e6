// Password hashing (argon2id), shared by login, password changes and the demo loader.
import argon2 from 'argon2';
import type { Principal } from '@xiangzhi/auth';
import type { Account } from './account.entity.js';

export const REFRESH_TOKEN_DAYS = 30;

export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  argon2.verify(hash, password).catch(() => false);

// Verified against when the username is unknown (or the account locked), so every path takes the same time.
let dummyHash: Promise<string> | null = null;
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
};

/** The principal an access token carries for the account. */
export function principalOf(a: Account): Principal {
  return {
    accountId: a.id,
    username: a.username,
    roles: a.roles,
    divisionCode: a.divisionCode,
    gridIds: a.gridIds,
    cadreId: a.cadreId,
    ...(a.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
