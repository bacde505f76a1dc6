/**
 * Runs `load` once the page has been painted: the next frame is drawn, then a task runs. The map
 * and chart code (Leaflet, Chart.js: 170 to 190 KB each) loads this way, so the text and tables
 * show first and the drawing follows a frame later; loaded while the page parses, it delayed the
 * first paint on a slow phone connection by about a second (Lighthouse, mobile). The space the
 * drawing takes is kept from the first paint (global.css `[data-js-reveal]`), so nothing moves.
 */
export function afterFirstPaint(load: () => unknown): void {
  requestAnimationFrame(() => setTimeout(load, 0));
}
