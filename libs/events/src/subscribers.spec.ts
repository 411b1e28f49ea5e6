import { describe, expect, it } from 'vitest';
import { parseSubscribers } from './subscribers.js';

describe('parseSubscribers (EVENT_SUBSCRIBERS)', () => {
  it('reads name=url pairs', () => {
    expect(parseSubscribers(' points=http://127.0.0.1:4003/events , meetings=https://m.example.cn/events')).toEqual([
      { name: 'points', url: 'http://127.0.0.1:4003/events' },
      { name: 'meetings', url: 'https://m.example.cn/events' },
    ]);
    expect(parseSubscribers('')).toEqual([]);
  });
  it('refuses a missing name, a bad URL, another scheme and a repeated name, saying which', () => {
    expect(() => parseSubscribers('http://x/events')).toThrow(/订阅方名称无效/);
    expect(() => parseSubscribers('points=not a url')).toThrow(/points 的地址不是合法的 URL/);
    expect(() => parseSubscribers('points=ftp://x/events')).toThrow(/http 或 https/);
    expect(() => parseSubscribers('points=http://a/events,points=http://b/events')).toThrow(/points 重复/);
  });
});
