// The charts feature's face for code that runs in the reader's browser (src/browser/charts.ts).
export type { ChartSeries, ChartSpec } from './charts.ts';
export { MAX_SIZED_BARS } from './chart-box.ts';
export { drawnValues } from './drawn-values.ts';
