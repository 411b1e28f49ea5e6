import { describe, expect, it, vi } from 'vitest';

// The platform entry creates page singletons (window, localStorage); the routes only need its
// navigation table, so the test stands in for the rest.
vi.mock('@xiangzhi/platform', async () => import('@xiangzhi/platform/navigation'));

const { redirectFor } = await import('../src/routes');

describe('shell routes', () => {
  it('sends signed-out users to /login, remembering a module path', () => {
    expect(redirectFor('/governance', '?page=2', null)).toBe('/login?next=%2Fgovernance%3Fpage%3D2');
    expect(redirectFor('/', '', null)).toBe('/login');
    expect(redirectFor('/login', '', null)).toBeNull();
  });

  it('lands signed-in users on the first module of their role', () => {
    expect(redirectFor('/login', '', ['VILLAGE_SECRETARY'])).toBe('/governance');
    expect(redirectFor('/', '', ['COUNTY_DEPARTMENT'])).toBe('/governance');
    expect(redirectFor('/nowhere', '', ['CADRE'])).toBe('/governance');
  });

  it('honours ?next= only for a module the role sees, on this site', () => {
    expect(redirectFor('/login', '?next=%2Fpoints', ['CADRE'])).toBe('/points');
    expect(redirectFor('/login', '?next=%2Fmeetings', ['COUNTY_DEPARTMENT'])).toBe('/governance');
    expect(redirectFor('/login', '?next=%2F%2Fevil.example', ['CADRE'])).toBe('/governance');
  });

  it('keeps users out of modules their role does not see', () => {
    expect(redirectFor('/meetings', '', ['COUNTY_DEPARTMENT'])).toBe('/governance');
    expect(redirectFor('/points', '', ['CADRE'])).toBeNull();
  });

  it('parks the three separated admins on / with no module', () => {
    expect(redirectFor('/login', '', ['AUDITOR'])).toBe('/');
    expect(redirectFor('/governance', '', ['AUDITOR'])).toBe('/');
    expect(redirectFor('/', '', ['AUDITOR'])).toBeNull();
  });
});
