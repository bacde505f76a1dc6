/**
 * How tall a chart's drawing box is. Sideways bars (units, statuses) each need room for their
 * label, which may wrap onto two lines, so the box grows with the number of bars in steps of
 * five (charts.css `.chart-canvas.rows-N`); it is set in the HTML, so the space is kept from the
 * first paint and nothing moves when the chart is drawn. Beyond MAX_SIZED_BARS the box stops
 * growing and the drawing thins its labels (the data table names every bar).
 */
export const MAX_SIZED_BARS = 60;

/** The class of a sideways bar chart's box for `bars` bars (`rows-25`), or undefined for the default height. */
export function barRowsClass(horizontal: boolean, bars: number): string | undefined {
  if (!horizontal || bars <= 6) return undefined;
  return `rows-${Math.min(MAX_SIZED_BARS, Math.ceil(bars / 5) * 5)}`;
}
