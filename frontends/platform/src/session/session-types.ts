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

export interface RegionSummary {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  /** 6 digits county, 9 township, 12 village. */
  divisionCode: string;
  region: RegionSummary | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** RFC 3339, from the server. */
  expiresAt: string;
  /** Client clock (ms) when the tokens arrived: with expiresAt it gives the token lifetime. */
  receivedAt: number;
  account: Account;
}

export type SessionListener = (session: Session | null) => void;

const ACCOUNT_FIELDS = 'id username displayName roles divisionCode region { code name level }';

export const LOGIN_MUTATION = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { accessToken refreshToken expiresAt account { ${ACCOUNT_FIELDS} } }
}`;

export const REFRESH_MUTATION = `mutation Refresh($refreshToken: String!) {
  refresh(refreshToken: $refreshToken) { accessToken refreshToken expiresAt account { ${ACCOUNT_FIELDS} } }
}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isAccount(value: unknown): value is Account {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.username === 'string' &&
    typeof value.displayName === 'string' &&
    typeof value.divisionCode === 'string' &&
    Array.isArray(value.roles) &&
    value.roles.every((role) => typeof role === 'string')
  );
}

/** Validates what comes from storage or the server; anything malformed means "no session". */
export function parseSession(value: unknown): Session | null {
  if (!isRecord(value)) return null;
  const { accessToken, refreshToken, expiresAt, receivedAt, account } = value;
  if (typeof accessToken !== 'string' || typeof refreshToken !== 'string' || typeof expiresAt !== 'string') return null;
  if (Number.isNaN(Date.parse(expiresAt)) || !isAccount(account)) return null;
  return {
    accessToken,
    refreshToken,
    expiresAt,
    receivedAt: typeof receivedAt === 'number' ? receivedAt : Date.now(),
    account: { ...account, region: isRecord(account.region) ? account.region : null },
  };
}
