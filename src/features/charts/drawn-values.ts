import type { ChartSeries } from './charts.ts';

/** The values a series is drawn with: a target stated once is drawn across every category (ChartSeries.acrossChart). */
export function drawnValues(series: ChartSeries): (number | null)[] {
  if (!series.acrossChart) return series.values;
  const stated = series.values.find((value) => value !== null) ?? null;
  return series.values.map(() => stated);
}
