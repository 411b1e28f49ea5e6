import type { Action } from '@xiangzhi/auth';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, RefreshDocument } from '../gql/graphql';

export const ROLES = [
  'COUNTY_ADMIN',
  'COUNTY_DEPARTMENT',
  'TOWNSHIP_ADMIN',
  'TOWNSHIP_LEADER',
  'VILLAGE_SECRETARY',
  'VILLAGE_COMMITTEE',
  'GRID_LEADER',
  'CADRE',
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDITOR',
  'API_CLIENT',
] as const;

export type Role = (typeof ROLES)[number];
export type RegionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

/**
 * An action the account may take, as the server's permission table names it (libs/auth,
 * `Action`): the navigation and the pages ask for permissions, never for roles.
 */
export type Permission = `${Action}`;

export interface RegionSummary {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  /** For display only: what the account may do is `permissions`. */
  roles: Role[];
  /** 6 digits county, 9 township, 12 village. */
  divisionCode: string;
  region: RegionSummary | null;
  /** What the server's permission table grants this account. */
  permissions: Permission[];
  /** A new account or a reset password: the user sets a password before anything else. */
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

/** The session of this page: in memory only (the refresh token is an httpOnly cookie). */
export interface Session {
  accessToken: string;
  /** Only when the server answers without cookie support; kept in memory, never stored. */
  refreshToken: string | null;
  /** RFC 3339, from the server. */
  expiresAt: string;
  /** Client clock (ms) when the tokens arrived. */
  receivedAt: number;
  /**
   * How long the access token lives, from its own claims (exp − iat, the server's clock):
   * counted from `receivedAt`, so a device clock that is off does not refresh in a loop.
   */
  lifetimeMs: number;
  account: Account;
}

export type SessionListener = (session: Session | null) => void;

// Sent as plain text by the session store (its answers are validated by parseSession below).
export const LOGIN_MUTATION = LoginDocument.toString();
// $refreshToken is omitted in cookie mode: the gateway fills it from the httpOnly cookie.
export const REFRESH_MUTATION = RefreshDocument.toString();
export const LOGOUT_MUTATION = LogoutDocument.toString();
export const CHANGE_PASSWORD_MUTATION = ChangePasswordDocument.toString();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function toAccount(value: unknown): Account | null {
  if (!isRecord(value)) return null;
  const { id, username, displayName, divisionCode, roles, permissions } = value;
  if (typeof id !== 'string' || typeof username !== 'string' || typeof displayName !== 'string') return null;
  if (typeof divisionCode !== 'string' || !isStringList(roles)) return null;
  return {
    id,
    username,
    displayName,
    divisionCode,
    roles: roles as Role[],
    // an answer without permissions grants nothing (fail closed)
    permissions: isStringList(permissions) ? (permissions as Permission[]) : [],
    mustChangePassword: value.mustChangePassword === true,
    lastLoginAt: typeof value.lastLoginAt === 'string' ? value.lastLoginAt : null,
    region: isRecord(value.region) ? (value.region as unknown as RegionSummary) : null,
  };
}

/** The shortest lifetime the page assumes, so a skewed clock can never make it refresh in a loop. */
export const MIN_LIFETIME_MS = 30_000;

/** exp − iat of a JWT in ms, or null when the token is not a readable JWT. */
function jwtLifetimeMs(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    if (!isRecord(claims) || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return null;
    return (claims.exp - claims.iat) * 1000;
  } catch {
    return null;
  }
}

/** Validates an AuthPayload from the server; anything malformed means "no session". */
export function parseSession(value: unknown, receivedAt: number): Session | null {
  if (!isRecord(value)) return null;
  const { accessToken, refreshToken, expiresAt } = value;
  if (typeof accessToken !== 'string' || accessToken === '' || typeof expiresAt !== 'string') return null;
  const account = toAccount(value.account);
  if (Number.isNaN(Date.parse(expiresAt)) || !account) return null;
  const lifetimeMs = jwtLifetimeMs(accessToken) ?? Date.parse(expiresAt) - receivedAt;
  return {
    accessToken,
    refreshToken: typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : null,
    expiresAt,
    receivedAt,
    lifetimeMs: Math.max(MIN_LIFETIME_MS, lifetimeMs),
    account,
  };
}
