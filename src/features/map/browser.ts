// The map feature's face for code that runs in the reader's browser (src/browser/place-map.ts):
// only what the page needs, so the page's bundle carries none of the build-side map code.
export type { MapData, MapPlace } from './map-data.ts';
export { countyLabelHtml, tileAttributionHtml } from './map-labels.ts';
export { MARKER_SHAPES } from './marker-shapes.ts';
