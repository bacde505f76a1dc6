import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartPaths, type ChartSpec } from '../../src/features/charts/charts.ts';
import { allCharts } from '../../src/features/views/chart-list.ts';
import { checkContent } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, SITES, TEST_AS_OF } from '../helpers/sites.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const content = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(content.input, TEST_AS_OF);
const charts = allCharts(ledger);
const pageFile = (path: string) => join(path.replace(/^\//, ''), 'index.html');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every script file a page loads: `<script src>`, module preloads and the chunks they import, now or after the first paint. */
function pageScripts(html: string): Set<string> {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const files = new Set(sources.map((src) => join(dist, src.replace(/^\//, ''))));
  for (const file of files) {
    for (const [, a, b] of readFileSync(file, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*\(?\s*["`]\.\/([^"`]+\.js)["`]/g)) {
      const imported = a ?? b;
      if (imported) files.add(join(file, '..', imported));
    }
  }
  return files;
}

/** The records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += char;
  }
  if (field || record.length > 0) records.push([...record, field]);
  return records;
}

const gzipped = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

describe('the built charts', () => {
  it('give every chart a page, an embeddable page and a CSV', () => {
    // 16 indicators, 15 charts of measure targets (two series over years, 13 single targets), statuses, overdue items,
    // and the progress over time of the plan, its 23 units with a measure and its 8 counties and zones; ids never collide.
    // (25 units until 市级各部门 stopped naming members the plan does not list: 市委办 and 市政府办 have no measure of their own.)
    expect(charts.length).toBe(16 + 15 + 2 + 1 + 23 + 8);
    expect(new Set(charts.map((spec) => spec.id)).size).toBe(charts.length);
    for (const spec of charts) {
      const where = chartPaths(spec.id);
      for (const file of [pageFile(where.page), pageFile(where.embed), where.csv.replace(/^\//, '')]) expect(existsSync(join(dist, file)), file).toBe(true);
    }
  });

  it('publish CSV of exactly the data drawn, UTF-8 with a byte-order mark', () => {
    // Bazhong's 重污染天数: 基本消除 drawn as 0 days, which its CSV says.
    expect(charts.filter((spec) => spec.series.some((series) => series.note)).length).toBeGreaterThan(0);
    for (const spec of charts) {
      const csv = readFileSync(join(dist, chartPaths(spec.id).csv));
      expect([...csv.subarray(0, 3)], spec.id).toEqual([0xef, 0xbb, 0xbf]);
      const json = /<script type="application\/json" data-chart-spec>([^<]*)<\/script>/.exec(read(pageFile(chartPaths(spec.id).page)))![1]!;
      const drawn = JSON.parse(json) as ChartSpec;
      expect(drawn, spec.id).toEqual(spec);
      // The file read back as a spreadsheet would read it: a header (the chart's title with the
      // first column; a series the site read from words says how, as the page does below the
      // chart), then one row per category with each series' value (empty where the source states none).
      expect(readCsv(csv.toString('utf8').slice(1)), spec.id).toEqual([
        [`${drawn.categoryLabel}（${drawn.title}）`, ...drawn.series.map((series) => (series.note ? `${series.label}（${series.note.replace(/。$/, '')}）` : series.label))],
        ...drawn.categories.map((category, row) => [category, ...drawn.series.map((series) => (series.values[row] === null ? '' : String(series.values[row])))]),
      ]);
    }
  });

  it('load under 70 KB of gzipped JavaScript on a chart page, and none of it on pages without a chart', () => {
    const budget = 70 * 1024;
    const chartScripts = pageScripts(read(pageFile(chartPaths(charts[0]!.id).page)));
    const bytes = gzipped(chartScripts);
    expect(bytes).toBeGreaterThan(20 * 1024); // Chart.js is there
    expect(bytes).toBeLessThan(budget);
    // The chart module is the largest file a chart page loads; no other page loads it.
    const chartModule = [...chartScripts].sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    for (const file of htmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const scripts = pageScripts(html);
      if (html.includes('data-chart-spec')) expect(gzipped(scripts), file).toBeLessThan(budget);
      else expect([...scripts], file).not.toContain(chartModule);
    }
  });

  it('send chart data as JSON blocks and never as inline executable script', () => {
    for (const file of htmlFiles(dist)) {
      const inline = [...readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/json"/.test(attributes!));
      expect(inline.map(([tag]) => tag), file).toEqual([]);
    }
  });

  it('puts every indicator of the plan on the indicators page with its target and standing', () => {
    const html = read('indicators/index.html');
    for (const entry of ledger.indicators) expect(html, entry.id).toContain(`href="/indicators/${entry.id}/"`);
    expect(html.match(/尚未公布实测值/g)!.length).toBeGreaterThanOrEqual(ledger.indicators.length);
    expect(html).toContain('不低于97%（2025年）');
  });
});
