import { describe, expect, it } from 'vitest';
import { rowKey } from '../src/leaderboard-query';
import { POINTS_MESSAGES } from '../src/messages';

describe('points leaderboard', () => {
  it('has every message in Chinese and English', () => {
    expect(Object.keys(POINTS_MESSAGES['en-US']).sort()).toEqual(Object.keys(POINTS_MESSAGES['zh-CN']).sort());
  });

  it('keys rows by cadre, and tied rows without a cadre stay distinct', () => {
    expect(
      rowKey({ rank: 1, total: 90, cadre: { id: 'c1', name: '李', post: '网格员', kind: 'PARTY_MEMBER' } }, 0),
    ).toBe('c1');
    expect(rowKey({ rank: 2, total: 80, cadre: null }, 1)).not.toBe(rowKey({ rank: 2, total: 80, cadre: null }, 2));
  });
});
