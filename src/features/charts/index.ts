export * from './charts.ts';
export * from './indicators.ts';
export * from './browser.ts';
export * from './progress.ts';
export * from './chart-box.ts';
