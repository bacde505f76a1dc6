import type { Comparison } from '../schemas/target.ts';

/**
 * Quantities as the site writes them: numbers, units, and the comparison of a target or an
 * indicator's direction (`不低于 97%`, `≥ 97%`). Tables, charts and pages take their words here.
 */

/** How each comparison reads in Chinese, as a symbol and in words: `≥ 97%`, `不低于97%`. */
export const COMPARISON_WORDS: Readonly<Record<Comparison, { symbol: string; words: string }>> = {
  atLeast: { symbol: '≥', words: '不低于' },
  atMost: { symbol: '≤', words: '不超过' },
  below: { symbol: '<', words: '低于' },
  above: { symbol: '>', words: '高于' },
  exactly: { symbol: '=', words: '达到' },
};

/** The words before a target's value in a table: none for a plain value (`exactly`), else `不低于` and the like. */
export function comparisonPrefix(comparison: Comparison): string {
  return comparison === 'exactly' ? '' : COMPARISON_WORDS[comparison].words;
}

// One formatter for the whole build: `toLocaleString` with options makes a new one on every call,
// about 30 µs a number against 1 µs, seconds over a 10,000-task build's chart and task pages.
const QUANTITY = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A number as Chinese readers write it: `1,234.5`, no trailing zeros, no invented precision. */
export function formatQuantity(value: number): string {
  return QUANTITY.format(value);
}

/** A value with its unit: `97%`, `27.4 微克/立方米`. */
export function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatQuantity(value)}%` : `${formatQuantity(value)} ${unit}`;
}

/**
 * A figure as a finding states it, what is counted or measured first and then the number with
 * its unit: `违规矿业权316个`, `设市城市生活污水集中收集率47.1%`, `雨污混流管网3.2公里`. That
 * order reads for counts, rates and amounts alike; number first does not for a rate.
 */
export function statedQuantity(quantity: { value: number; unit: string; what: string }): string {
  return `${quantity.what}${formatQuantity(quantity.value)}${quantity.unit}`;
}
