import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barRowsClass, MAX_SIZED_BARS } from '../../src/features/charts/index.ts';

describe('the height of a sideways bar chart', () => {
  it('grows with its bars in steps of five, and stops growing past the most it is sized for', () => {
    expect(barRowsClass(false, 30)).toBeUndefined();
    expect(barRowsClass(true, 6)).toBeUndefined();
    expect(barRowsClass(true, 7)).toBe('rows-10');
    expect(barRowsClass(true, 22)).toBe('rows-25');
    expect(barRowsClass(true, 500)).toBe(`rows-${MAX_SIZED_BARS}`);
  });

  it('has a height in the chart stylesheet for every class it gives', () => {
    const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
    for (let bars = 7; bars <= MAX_SIZED_BARS; bars += 1) expect(css, String(bars)).toContain(`.chart-canvas.${barRowsClass(true, bars)} { height:`);
  });
});
