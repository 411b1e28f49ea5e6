import { describe, expect, it, vi } from 'vitest';
import type { RouteAccount } from '../src/routes';

// The platform entry creates page singletons (window, the session); the routes only need its
// navigation table, so the test stands in for the rest.
vi.mock('@xiangzhi/platform', async () => import('@xiangzhi/platform/navigation'));

const { isModuleActive, redirectFor } = await import('../src/routes');

const account = (permissions: string[], mustChangePassword = false): RouteAccount => ({
  permissions,
  mustChangePassword,
});
const SECRETARY = account(['REGISTER_READ', 'REGISTER_WRITE', 'MEETING_READ', 'POINTS_READ']);
const READS_POINTS = account(['POINTS_READ']);
const AUDITOR = account(['AUDIT_READ', 'AUDIT_EXPORT']);

describe('shell routes', () => {
  it('sends signed-out users to /login, remembering a module path', () => {
    expect(redirectFor('/governance', '?page=2', null)).toBe('/login?next=%2Fgovernance%3Fpage%3D2');
    expect(redirectFor('/', '', null)).toBe('/login');
    expect(redirectFor('/password', '', null)).toBe('/login');
    expect(redirectFor('/login', '', null)).toBeNull();
  });

  it('lands signed-in users on the first module their permissions open', () => {
    expect(redirectFor('/login', '', SECRETARY)).toBe('/governance');
    expect(redirectFor('/', '', READS_POINTS)).toBe('/points');
    expect(redirectFor('/nowhere', '', SECRETARY)).toBe('/governance');
  });

  it('honours ?next= only for a module the account may open, on this site', () => {
    expect(redirectFor('/login', '?next=%2Fpoints', SECRETARY)).toBe('/points');
    expect(redirectFor('/login', '?next=%2Fmeetings', READS_POINTS)).toBe('/points');
    expect(redirectFor('/login', '?next=%2F%2Fevil.example', SECRETARY)).toBe('/governance');
  });

  it('keeps users out of modules their permissions do not open', () => {
    expect(redirectFor('/meetings', '', READS_POINTS)).toBe('/points');
    expect(redirectFor('/admin', '', SECRETARY)).toBe('/governance');
    expect(redirectFor('/points', '', SECRETARY)).toBeNull();
  });

  it('lands the 三员 on the admin module, never on a business module', () => {
    expect(redirectFor('/login', '', AUDITOR)).toBe('/admin');
    expect(redirectFor('/governance', '', AUDITOR)).toBe('/admin');
    expect(redirectFor('/admin/audit', '', AUDITOR)).toBeNull();
    expect(isModuleActive('/admin', AUDITOR, 'admin')).toBe(true);
  });

  it('parks an account without any permission on / with no module', () => {
    expect(redirectFor('/login', '', account([]))).toBe('/');
    expect(redirectFor('/', '', account([]))).toBeNull();
  });

  it('shows an account that must change its password that page and nothing else', () => {
    const fresh = account(SECRETARY.permissions.slice(), true);
    expect(redirectFor('/login', '', fresh)).toBe('/password');
    expect(redirectFor('/governance', '', fresh)).toBe('/password');
    expect(redirectFor('/password', '', fresh)).toBeNull();
    expect(isModuleActive('/governance', fresh, 'governance')).toBe(false);
  });

  it('lets anyone signed in open the password page from the header', () => {
    expect(redirectFor('/password', '', SECRETARY)).toBeNull();
  });
});
