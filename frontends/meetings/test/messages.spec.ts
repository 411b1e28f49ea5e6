import { describe, expect, it } from 'vitest';
import { MEETINGS_MESSAGES, MEETING_KINDS } from '../src/messages';

describe('meetings messages', () => {
  it('has every key in Chinese and English', () => {
    expect(Object.keys(MEETINGS_MESSAGES['en-US']).sort()).toEqual(Object.keys(MEETINGS_MESSAGES['zh-CN']).sort());
  });

  it('labels every MeetingKind of the contract', () => {
    for (const kind of MEETING_KINDS)
      expect(MEETINGS_MESSAGES['zh-CN'][`meetings.kind.${kind}`]).toMatch(/[\u4e00-\u9fff]/);
  });
});
