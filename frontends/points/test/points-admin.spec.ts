import { describe, expect, it } from 'vitest';
import { POINTS_ADMIN_MESSAGES } from '../src/pages/PointsAdminMessages';

// the rule keys the points subgraph lists (RULED_EVENT_TYPES), each shown by name on the rules page
const RULE_KEYS = [
  'VisitRecorded',
  'PairingStarted',
  'PairingEnded',
  'CaseResolvedOnTime',
  'CaseClosedSatisfied',
  'CaseAlertedYellow',
  'CaseAlertedRed',
  'ServiceOrderCompleted',
  'PatrolCheckedIn',
  'SupervisionReportedOnTime',
  'SupervisionReportedLate',
  'ForumAttended',
  'MeetingAttended',
];

describe('rules, approvals and request pages', () => {
  it('have every message in Chinese and English', () => {
    const zh = Object.keys(POINTS_ADMIN_MESSAGES['zh-CN']).sort();
    expect(Object.keys(POINTS_ADMIN_MESSAGES['en-US']).sort()).toEqual(zh);
  });
  it('name every rule key, request kind and status', () => {
    const zh = Object.keys(POINTS_ADMIN_MESSAGES['zh-CN']);
    for (const key of RULE_KEYS) expect(zh).toContain(`rules.key.${key}`);
    for (const kind of ['COMMENDATION', 'DEDUCTION', 'CORRECTION']) expect(zh).toContain(`approvals.kind.${kind}`);
    for (const status of ['PENDING', 'APPROVED', 'REFUSED']) expect(zh).toContain(`approvals.status.${status}`);
  });
});
