export * from './geo.ts';
export * from './map-data.ts';
export * from './map-labels.ts';
export * from './marker-shapes.ts';
export * from './places.ts';
export * from './map-list.ts';
export * from './browser.ts';
