import { describe, expect, it } from 'vitest';
import { GOVERNANCE_MESSAGES } from '../src/messages';

describe('governance messages', () => {
  it('has every key in Chinese and English', () => {
    expect(Object.keys(GOVERNANCE_MESSAGES['en-US']).sort()).toEqual(Object.keys(GOVERNANCE_MESSAGES['zh-CN']).sort());
  });
});
