import type { Direction, Indicator, MeasuredValue } from '../../schemas/indicator.ts';
import { endOfPeriod } from '../../core/dates.ts';
import { COMPARISON_WORDS, withUnit } from '../../core/quantities.ts';

/** The target in words: `不低于97%（2025年）`. */
export function targetText(indicator: Indicator): string {
  return `${COMPARISON_WORDS[indicator.direction].words}${withUnit(indicator.target.value, indicator.unit)}（${indicator.target.year}年）`;
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
