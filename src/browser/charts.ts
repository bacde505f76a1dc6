/**
 * Draws every chart on the page from its JSON data block (see components/chart/Chart.astro).
 * The figure is complete without this: title, notes, data table, source, CSV. This only adds
 * the drawing. Chart.js is registered piece by piece so only what is used is shipped.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { drawnValues, MAX_SIZED_BARS, type ChartSeries, type ChartSpec } from '../features/charts/browser.ts';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Okabe–Ito colours (safe for the common colour blindnesses), each also told apart by a fill
 * pattern or dash style so the chart survives greyscale print.
 */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const INK = '#1a1a1a';
const PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
const FONT = 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A fill of `colour` with white marks of the given kind, as a canvas pattern. */
function pattern(kind: (typeof PATTERNS)[number], colour: string): CanvasPattern | string {
  if (kind === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const g = tile.getContext('2d');
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 10, 10);
  g.strokeStyle = g.fillStyle = 'rgba(255,255,255,0.85)';
  g.lineWidth = 2;
  g.beginPath();
  if (kind === 'diagonal' || kind === 'cross') {
    g.moveTo(0, 10);
    g.lineTo(10, 0);
  }
  if (kind === 'cross') {
    g.moveTo(0, 0);
    g.lineTo(10, 10);
  }
  if (kind === 'horizontal') {
    g.moveTo(0, 5);
    g.lineTo(10, 5);
  }
  if (kind === 'vertical') {
    g.moveTo(5, 0);
    g.lineTo(5, 10);
  }
  g.stroke();
  if (kind === 'dots') {
    g.beginPath();
    g.arc(5, 5, 2, 0, Math.PI * 2);
    g.fill();
  }
  return g.createPattern(tile, 'repeat') ?? colour;
}

function dataset(spec: ChartSpec, series: ChartSeries, index: number): ChartDataset<'line' | 'bar', (number | null)[]> {
  // In a line chart of plans against records (progress), each planned line and the reported line
  // after it are one pair and share a colour: the plan dashed, the record solid with points.
  const planned = spec.series.slice(0, index + 1).filter((item) => item.role === 'planned').length;
  const colourIndex = spec.kind === 'line' && planned > 0 ? planned - 1 : index;
  const colour = series.role === 'target' ? COLOURS[1]! : COLOURS[colourIndex % COLOURS.length]!;
  if (spec.kind === 'line') {
    const dashed = series.role === 'target' || series.role === 'planned';
    return {
      type: 'line',
      label: series.label,
      data: drawnValues(series),
      borderColor: colour,
      backgroundColor: colour,
      borderWidth: dashed ? 2.5 : 3,
      borderDash: dashed ? [8, 5] : [],
      // A dashed line has no points; its legend entry is a dashed line sample.
      pointStyle: dashed ? 'line' : POINT_STYLES[index % POINT_STYLES.length],
      // Many months (a progress chart) get small points, so the line stays readable.
      pointRadius: dashed ? 0 : spec.categories.length > 24 ? 2.5 : 5,
      spanGaps: true,
    };
  }
  return {
    type: 'bar',
    label: series.label,
    data: drawnValues(series),
    // Planned amounts are hatched, reported ones solid; every series has its own pattern too.
    backgroundColor: pattern(series.role === 'measured' ? 'solid' : PATTERNS[(index % (PATTERNS.length - 1)) + 1]!, colour),
    borderColor: INK,
    borderWidth: 1,
  };
}

function draw(figure: Element): void {
  const data = figure.querySelector('script[data-chart-spec]');
  const box = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  const canvas = box?.querySelector('canvas');
  if (!data || !box || !canvas) return;
  const spec = JSON.parse(data.textContent ?? '{}') as ChartSpec;
  box.hidden = false;
  const unitTick = (value: number | string) => `${numberFormat.format(Number(value))}${spec.unit === '%' ? '%' : ''}`;
  const valueAxis = {
    stacked: spec.stacked === true,
    beginAtZero: true,
    title: { display: true, text: spec.unit, color: INK },
    // Whole numbers (days, counts) get whole-number ticks: no “0.5 天”.
    ticks: { callback: unitTick, color: INK, precision: spec.series.every((series) => series.values.every((value) => value === null || Number.isInteger(value))) ? 0 : undefined },
    grid: { color: '#d8dad4' },
  };
  // Long names (responsible units) wrap onto lines of at most eight characters beside sideways bars,
  // the lines of even length (南江县党委 / 和人民政府, not 南江县党委和人民 / 政府); the table keeps them whole.
  const wrap = (label: string) => {
    const chars = [...label];
    if (!spec.horizontal || chars.length <= 8) return label;
    const width = Math.ceil(chars.length / Math.ceil(chars.length / 8));
    return Array.from({ length: Math.ceil(chars.length / width) }, (_, line) => chars.slice(line * width, (line + 1) * width).join(''));
  };
  // Every category is labelled (the box is as tall as sideways bars need: Chart.astro), except over
  // many months or more bars than the box is sized for, where labels are thinned so they never overlap.
  const thinned = spec.kind === 'line' ? spec.categories.length > 24 : spec.categories.length > MAX_SIZED_BARS;
  const categoryAxis = { stacked: spec.stacked === true, ticks: { color: INK, autoSkip: thinned }, grid: { display: false } };
  new Chart(canvas, {
    type: spec.kind,
    data: { labels: spec.categories.map(wrap), datasets: spec.series.map((series, index) => dataset(spec, series, index)) as ChartDataset<'line' | 'bar'>[] },
    options: {
      locale: 'zh-CN',
      maintainAspectRatio: false,
      animation: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { position: 'bottom', labels: { color: INK, usePointStyle: spec.kind === 'line', boxWidth: 28, boxHeight: 14 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}：${numberFormat.format(Number(item.raw))}${spec.unit === '%' ? '%' : ` ${spec.unit}`}`,
          },
        },
      },
    },
  });
}

/** The charts' text size: 14 px beside 16 px text, and as much larger as the page's text is (长辈模式, a reader's own setting). */
function chartFontSize(): number {
  return Math.round((14 * parseFloat(getComputedStyle(document.documentElement).fontSize)) / 16);
}

/** Draws every chart figure of the page; one broken chart never stops the others. */
export function drawCharts(): void {
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = chartFontSize();
  // Switched on or off while the page is open, 长辈模式 redraws the charts in its text size.
  document.getElementById('reading-mode')?.addEventListener('change', () => {
    Chart.defaults.font.size = chartFontSize();
    for (const chart of Object.values(Chart.instances)) chart.update();
  });
  for (const figure of document.querySelectorAll('[data-chart]')) {
    try {
      draw(figure);
    } catch (error) {
      const canvas = figure.querySelector<HTMLElement>('[data-chart-canvas]');
      canvas?.removeAttribute('data-js-reveal');
      canvas?.setAttribute('hidden', '');
      console.error(error);
    }
  }
}
