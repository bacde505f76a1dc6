import { describe, expect, it } from 'vitest';
import { joinNames, unitsInBrief } from '../../src/core/names.ts';

describe('names in a sentence', () => {
  it('are separated by 、, a name holding 、 itself quoted, so two units never read as four', () => {
    expect(joinNames(['市生态环境局', '市住房城乡建设局'])).toBe('市生态环境局、市住房城乡建设局');
    expect(joinNames(['东岸县委、县政府', '市生态环境局'])).toBe('“东岸县委、县政府”、市生态环境局');
    expect(unitsInBrief(['东岸县委、县政府', '西山区委、区政府', '市生态环境局'], 2)).toBe('“东岸县委、县政府”、“西山区委、区政府”等3个单位');
  });
});
