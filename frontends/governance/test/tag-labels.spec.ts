import { tagOfWord } from '@xiangzhi/auth/household-tags';
import { describe, expect, it } from 'vitest';
import { TAG_KINDS } from '../src/api/enums';
import { COMMON_MESSAGES } from '../src/messages/common';

// The register import reads tags with tagOfWord: a label a secretary copies from the screen into a sheet must import.
describe('tag labels', () => {
  it.each(TAG_KINDS)('the screen label of %s imports as that tag', (tag) => {
    const label = COMMON_MESSAGES['zh-CN'][`gov.tag.${tag}`];
    expect(label).toBeTruthy();
    expect(tagOfWord(label)).toBe(tag);
  });

  it('reads the words villages write for the same tags', () => {
    expect(tagOfWord('空巢老人户')).toBe('EMPTY_NEST_ELDERLY');
    expect(tagOfWord('空巢老人')).toBe('EMPTY_NEST_ELDERLY');
    expect(tagOfWord('低保')).toBe('DIBAO');
    expect(tagOfWord('特困')).toBe('WUBAO');
    expect(tagOfWord('五保')).toBe('WUBAO');
    expect(tagOfWord('五保户（特困供养）')).toBe('WUBAO');
    expect(tagOfWord('贫困户')).toBeNull();
  });
});
