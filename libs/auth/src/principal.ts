import { Role } from './roles.js';

/** Who is calling: decoded from the access token, carried in every GraphQL context. */
export interface Principal {
  accountId: string;
  username: string;
  roles: Role[];
  /** 6 digits county, 9 township, 12 village (GB/T 2260 + 统计用区划代码). */
  divisionCode: string;
  /** Area grids a grid leader or cadre is limited to, when any. */
  gridIds: string[];
  /** The cadre record of a CADRE / GRID_LEADER account, when any. */
  cadreId: string | null;
  /** A new or reset password must be changed first: until then every action is refused. */
  mustChangePassword?: boolean;
}

export const hasRole = (p: Principal, ...roles: Role[]): boolean => p.roles.some((r) => roles.includes(r));
