import type { Direction, Indicator, MeasuredValue } from '../../schemas/indicator.ts';
import { endOfPeriod } from '../../core/dates.ts';

/** How each direction reads in Chinese, as a symbol and in words: `≥ 97%`, `不低于97%`. */
export const DIRECTION_WORDS: Record<Direction, { symbol: string; words: string }> = {
  atLeast: { symbol: '≥', words: '不低于' },
  atMost: { symbol: '≤', words: '不超过' },
  below: { symbol: '<', words: '低于' },
  above: { symbol: '>', words: '高于' },
  exactly: { symbol: '=', words: '达到' },
};

/** A number as Chinese readers write it: `1,234.5`, no trailing zeros, no invented precision. */
export function formatQuantity(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 6 });
}

/** A value with its unit: `97%`, `27.4 微克/立方米`. */
export function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatQuantity(value)}%` : `${formatQuantity(value)} ${unit}`;
}

/** The target in words: `不低于97%（2025年）`. */
export function targetText(indicator: Indicator): string {
  return `${DIRECTION_WORDS[indicator.direction].words}${withUnit(indicator.target.value, indicator.unit)}（${indicator.target.year}年）`;
}

/** Whether a value meets a target bound in the given direction. */
export function meetsTarget(value: number, direction: Direction, target: number): boolean {
  switch (direction) {
    case 'atLeast':
      return value >= target;
    case 'atMost':
      return value <= target;
    case 'below':
      return value < target;
    case 'above':
      return value > target;
    case 'exactly':
      return value === target;
  }
}

/** Measured values oldest first, by the end of the period each covers. */
export function sortedValues(indicator: Indicator): MeasuredValue[] {
  return [...indicator.values].sort((a, b) => endOfPeriod(a.date).localeCompare(endOfPeriod(b.date)) || a.date.localeCompare(b.date));
}

export type Standing = 'met' | 'not-met' | 'no-value';

export interface IndicatorStanding {
  /** The latest measured value, or null when none is published. */
  latest: MeasuredValue | null;
  standing: Standing;
  /** What a reader sees: `最新值已达到目标`, `尚未公布实测值`. */
  label: string;
}

/**
 * Where an indicator stands: its latest measured value against the target. With no value
 * the site says so plainly instead of guessing.
 */
export function indicatorStanding(indicator: Indicator): IndicatorStanding {
  const latest = sortedValues(indicator).at(-1) ?? null;
  if (!latest) return { latest, standing: 'no-value', label: '尚未公布实测值' };
  const met = meetsTarget(latest.value, indicator.direction, indicator.target.value);
  const example = latest.illustrative ? '（示例数据）' : '';
  return { latest, standing: met ? 'met' : 'not-met', label: `${met ? '最新值已达到目标' : '最新值未达到目标'}${example}` };
}
