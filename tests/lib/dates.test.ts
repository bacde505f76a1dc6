import { describe, expect, it } from 'vitest';
import { chineseNumeral, daysUntil, endOfPeriod, formatChineseDate, hasBegun, hasPassed } from '../../src/core/dates.ts';

describe('partial dates', () => {
  it('ends a month on its last day, leap years included', () => {
    expect(endOfPeriod('2022-06')).toBe('2022-06-30');
    expect(endOfPeriod('2024-02')).toBe('2024-02-29');
    expect(endOfPeriod('2023-02')).toBe('2023-02-28');
    expect(endOfPeriod('2022')).toBe('2022-12-31');
    expect(endOfPeriod('2022-08-15')).toBe('2022-08-15');
  });

  it('treats a month as passed only once the whole month is over', () => {
    expect(hasPassed('2022-06', '2022-06-30')).toBe(false);
    expect(hasPassed('2022-06', '2022-07-01')).toBe(true);
  });

  it('treats a dated claim as begun from the first day of its period', () => {
    expect(hasBegun('2022', '2022-01-01')).toBe(true);
    expect(hasBegun('2022-12', '2022-11-30')).toBe(false);
  });

  it('counts days to the end of a period, negative after it', () => {
    expect(daysUntil('2022-12', '2022-12-01')).toBe(30);
    expect(daysUntil('2022-12', '2023-01-01')).toBe(-1);
  });

  it('writes dates the Chinese way', () => {
    expect(formatChineseDate('2021-12-13')).toBe('2021年12月13日');
    expect(formatChineseDate('2022-06')).toBe('2022年6月');
    expect(formatChineseDate('2022')).toBe('2022年');
  });

  it('writes task numbers as Chinese numerals', () => {
    expect([1, 10, 12, 37, 48, 69].map(chineseNumeral)).toEqual(['一', '十', '十二', '三十七', '四十八', '六十九']);
  });
});
