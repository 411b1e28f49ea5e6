import { describe, expect, it } from 'vitest';
import { canOpen, canUnmask, canUnmaskPhone, canWrite, navItemsFor } from '../src/lib/access';

const pages = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.page);

describe('what each role sees in the module', () => {
  it('a village secretary has every page', () => {
    expect(pages(['VILLAGE_SECRETARY'])).toEqual(['households', 'visit-new', 'territory', 'pairing', 'visits', 'import', 'cards']);
    expect(canUnmask(['VILLAGE_SECRETARY'])).toBe(true);
  });

  it('a cadre has the register and visit entry, and may reveal phones only', () => {
    expect(pages(['CADRE'])).toEqual(['households', 'visit-new']);
    expect(canUnmask(['CADRE'])).toBe(false);
    expect(canUnmaskPhone(['CADRE'])).toBe(true);
    expect(canOpen(['CADRE'], 'import')).toBe(false);
    expect(canOpen(['CADRE'], 'household')).toBe(true);
  });

  it('a county department reads but never writes', () => {
    expect(canWrite(['COUNTY_DEPARTMENT'])).toBe(false);
    expect(pages(['COUNTY_DEPARTMENT'])).toEqual(['households', 'territory', 'pairing', 'visits']);
    expect(canUnmaskPhone(['COUNTY_DEPARTMENT'])).toBe(false);
  });

  it('a grid leader also sees the grid tree', () => {
    expect(pages(['GRID_LEADER', 'CADRE'])).toEqual(['households', 'visit-new', 'territory']);
  });
});
