import { describe, expect, it } from 'vitest';
import { ACTION_FORMS, caseFilterOf, clockTone, EMPTY_CASE_FILTERS, transitionInput } from '../src/lib/cases';
import { jpegName, scaledSize } from '../src/lib/photos';
import { createModuleRouter } from '@xiangzhi/platform/routing';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

const { parse: parseRoute, path: routePath } = createModuleRouter(BASE_PATH, ROUTES);

describe('case actions on the screen', () => {
  it('asks a reason where the server requires one (escalate, return, reopen, extension)', () => {
    const required = Object.entries(ACTION_FORMS)
      .filter(([, form]) => form.reasonRequired)
      .map(([action]) => action);
    expect(required.sort()).toEqual([
      'ESCALATE',
      'REJECT_EXTENSION',
      'REOPEN',
      'REQUEST_EXTENSION',
      'RETURN',
      'SUSPEND',
    ]);
  });

  it('sends only the fields of the action, with the version, blanks as null', () => {
    const values = {
      reason: '  ',
      closeType: 'RESOLVED' as const,
      result: ' 已讲解政策 ',
      satisfaction: 'SATISFIED' as const,
    };
    expect(transitionInput('c1', 4, 'RESOLVE', values)).toEqual({
      caseId: 'c1',
      version: 4,
      action: 'RESOLVE',
      reason: null,
      cadreId: null,
      closeType: 'RESOLVED',
      result: '已讲解政策',
      satisfaction: null,
      feedback: null,
      days: null,
    });
    expect(transitionInput('c1', 5, 'REQUEST_EXTENSION', { days: 5, reason: '等材料', cadreId: 'x' })).toMatchObject({
      days: 5,
      reason: '等材料',
      cadreId: null,
    });
  });
});

describe('the ledger row', () => {
  it('is red when overdue or on the red alert, yellow on the yellow one, grey when closed', () => {
    expect(clockTone({ alert: 'RED', daysRemaining: 2, status: 'IN_PROGRESS' })).toBe('red');
    expect(clockTone({ alert: 'NONE', daysRemaining: -1, status: 'ACCEPTED' })).toBe('red');
    expect(clockTone({ alert: 'YELLOW', daysRemaining: 1, status: 'ACCEPTED' })).toBe('yellow');
    expect(clockTone({ alert: 'NONE', daysRemaining: 3, status: 'SUSPENDED' })).toBe('paused');
    expect(clockTone({ alert: 'RED', daysRemaining: -4, status: 'CLOSED' })).toBe('closed');
  });

  it('filters open cases by default; a chosen status replaces "open"', () => {
    expect(caseFilterOf(EMPTY_CASE_FILTERS)).toMatchObject({ open: true, statuses: null, search: null });
    expect(
      caseFilterOf({ ...EMPTY_CASE_FILTERS, status: 'RETURNED', search: ' 危房 ', flag: 'BOUNCED' }),
    ).toMatchObject({
      open: null,
      statuses: ['RETURNED'],
      search: '危房',
      flag: 'BOUNCED',
    });
    expect(caseFilterOf({ ...EMPTY_CASE_FILTERS, status: 'ALL' })).toMatchObject({ open: null, statuses: null });
  });
});

describe('photos and routes', () => {
  it('scales a phone photo to 1600 px on its longer side, keeping its shape; small ones stay', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(jpegName('IMG_2041.HEIC')).toBe('IMG_2041.jpg');
  });

  it('opens the raise form, not a case called "new", at cases/new', () => {
    expect(parseRoute('/governance/cases/new', '?visit=v1&household=h1')).toEqual({
      page: 'case-new',
      visit: 'v1',
      household: 'h1',
    });
    expect(parseRoute('/governance/cases/0190abcd')).toEqual({ page: 'case', id: '0190abcd' });
    expect(routePath({ page: 'case-new', visit: null, household: 'h1' })).toBe('/governance/cases/new?household=h1');
    expect(parseRoute('/governance/todo')).toEqual({ page: 'todo' });
  });
});
