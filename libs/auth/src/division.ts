import { Principal } from './principal.js';

export type DivisionLevel = 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const LENGTHS: Record<number, DivisionLevel> = { 6: 'COUNTY', 9: 'TOWNSHIP', 12: 'VILLAGE' };

/** The level of a division code, or null when it is not 6, 9 or 12 digits. */
export function divisionLevel(code: string): DivisionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return LENGTHS[code.length] ?? null;
}

/** The parent code a valid child code must extend: county for a township, township for a village. */
export function parentDivisionCode(code: string): string | null {
  const level = divisionLevel(code);
  if (level === 'TOWNSHIP') return code.slice(0, 6);
  if (level === 'VILLAGE') return code.slice(0, 9);
  return null;
}

/** True when `code` lies inside the caller's jurisdiction (the same code or one below it). */
export function inJurisdiction(principal: Pick<Principal, 'divisionCode'>, code: string): boolean {
  return code.startsWith(principal.divisionCode);
}

export class JurisdictionError extends Error {
  constructor(readonly code: string) {
    super(`区划 ${code} 不在您的管辖范围内`);
    this.name = 'JurisdictionError';
  }
}

/**
 * The division prefix a query is limited to: the requested region when it lies inside the
 * caller's jurisdiction, otherwise the caller's own code. A request for a region outside it
 * throws, so a caller learns nothing about neighbours.
 */
export function scopePrefix(principal: Pick<Principal, 'divisionCode'>, requested?: string | null): string {
  if (!requested) return principal.divisionCode;
  if (!inJurisdiction(principal, requested)) throw new JurisdictionError(requested);
  return requested;
}

/**
 * The part of `requested` the caller may see: the region itself when it lies inside the
 * caller's jurisdiction, the caller's own division when `requested` is above it (a village
 * secretary asking for the township sees the own village), and an error when they do not meet.
 */
export function narrowScope(principal: Pick<Principal, 'divisionCode'>, requested?: string | null): string {
  if (!requested || principal.divisionCode.startsWith(requested)) return principal.divisionCode;
  if (requested.startsWith(principal.divisionCode)) return requested;
  throw new JurisdictionError(requested);
}

/** True when the region is in the caller's line: inside the jurisdiction or one of its parents. */
export function inLine(principal: Pick<Principal, 'divisionCode'>, code: string): boolean {
  return code.startsWith(principal.divisionCode) || principal.divisionCode.startsWith(code);
}
