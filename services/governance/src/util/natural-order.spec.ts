import { describe, expect, it } from 'vitest';
import { compareNames } from './natural-order.js';

describe('compareNames', () => {
  it('orders Chinese and Arabic numerals by value', () => {
    expect(['三组', '十组', '一组', '二组', '十一组', '七组'].sort(compareNames)).toEqual([
      '一组',
      '二组',
      '三组',
      '七组',
      '十组',
      '十一组',
    ]);
    expect(['第二网格', '第一网格', '第十网格'].sort(compareNames)).toEqual(['第一网格', '第二网格', '第十网格']);
    expect(['第10片区', '第2片区'].sort(compareNames)).toEqual(['第2片区', '第10片区']);
  });
});
