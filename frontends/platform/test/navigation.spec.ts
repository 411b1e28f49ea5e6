import { describe, expect, it } from 'vitest';
import { canSeeModule, homePath, moduleForPath, visibleModules } from '../src/navigation';

describe('navigation by role', () => {
  it('shows village and township roles every module, landing on governance', () => {
    expect(visibleModules(['VILLAGE_SECRETARY']).map((route) => route.name)).toEqual(['governance', 'meetings', 'points']);
    expect(homePath(['TOWNSHIP_ADMIN'])).toBe('/governance');
  });

  it('gives county departments the ledger and the rankings only', () => {
    expect(visibleModules(['COUNTY_DEPARTMENT']).map((route) => route.name)).toEqual(['governance', 'points']);
    expect(canSeeModule(['COUNTY_DEPARTMENT'], 'meetings')).toBe(false);
  });

  it('gives the three separated admins no business module', () => {
    for (const role of ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'] as const) {
      expect(visibleModules([role])).toEqual([]);
      expect(homePath([role])).toBeNull();
    }
  });

  it('lets every working role into meetings, but not county departments, the 三员 or API clients', () => {
    const meetings = visibleModules(['CADRE']).find((route) => route.name === 'meetings');
    expect(meetings?.roles).toEqual(['COUNTY_ADMIN', 'TOWNSHIP_ADMIN', 'TOWNSHIP_LEADER', 'VILLAGE_SECRETARY', 'VILLAGE_COMMITTEE', 'GRID_LEADER', 'CADRE']);
    expect(visibleModules(['API_CLIENT'])).toEqual([]);
  });

  it('matches module paths by prefix segment', () => {
    expect(moduleForPath('/meetings')?.name).toBe('meetings');
    expect(moduleForPath('/meetings/abc')?.name).toBe('meetings');
    expect(moduleForPath('/meetingsx')).toBeUndefined();
  });
});
