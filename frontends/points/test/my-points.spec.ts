import { describe, expect, it } from 'vitest';
import { MY_POINTS_MESSAGES } from '../src/pages/MyPointsMessages';
import { chinaDate } from '../src/pages/MyPointsFormat';

describe('我的积分 page', () => {
  it('has every message in Chinese and English, and a label for each event points are awarded for', () => {
    const zh = Object.keys(MY_POINTS_MESSAGES['zh-CN']).sort();
    expect(Object.keys(MY_POINTS_MESSAGES['en-US']).sort()).toEqual(zh);
    for (const type of ['VisitRecorded', 'PairingStarted', 'PairingEnded', 'manual'])
      expect(zh).toContain(`myPoints.source.${type}`);
  });

  it('dates a line by the day in China (an event is booked at midnight there, 16:00 UTC the day before)', () => {
    expect(chinaDate('2026-11-04T16:00:00.000Z')).toBe('2026-11-05');
    expect(chinaDate('2026-11-05T15:59:59.000Z')).toBe('2026-11-05');
  });
});
