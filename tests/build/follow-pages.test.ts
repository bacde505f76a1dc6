import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { applyFilters, filterOptions } from '../../src/features/views/filters.ts';
import { isArea } from '../../src/core/areas.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT, SITES, TEST_AS_OF } from '../helpers/sites.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const content = checkContent({ projectRoot: PROJECT_ROOT, asOf: TEST_AS_OF });
const ledger = buildLedger(content.input, TEST_AS_OF);
const taskRows = (html: string) => html.match(/<tr[^>]*>\s*<td data-label="序号"/g)?.length ?? 0;

describe('filtered lists, unit and county pages of the built Bazhong site', () => {
  it('pre-renders one page per filter value listing exactly the matching tasks', () => {
    const options = filterOptions(ledger);
    expect(options.length).toBeGreaterThan(40);
    for (const option of options) {
      const file = join('filter', option.dimension, option.value, 'index.html');
      expect(existsSync(join(dist, file)), file).toBe(true);
      const html = read(file);
      expect(taskRows(html), file).toBe(applyFilters(ledger, { [option.dimension]: option.value }).tasks.length);
      expect(html, file).toContain(`datetime="${TEST_AS_OF}"`);
    }
  });

  it('writes a page for every unit and every county or zone', () => {
    for (const unit of ledger.units.keys()) expect(existsSync(join(dist, 'units', unit, 'index.html')), unit).toBe(true);
    const areas = [...ledger.jurisdictions.values()].filter((area) => isArea(ledger, area));
    expect(areas).toHaveLength(8);
    for (const area of areas) expect(existsSync(join(dist, 'counties', area.id, 'index.html')), area.id).toBe(true);
  });

  it('shows a county its own targets by year and its places', () => {
    const html = read('counties/nanjiang/index.html');
    // 南江县: pipeline 5 km by 2024年12月, 10 km by 2025年12月 (task 六 measures 7 and 9).
    expect(html).toMatch(/新改建排水管网[\s\S]*?2024年12月[\s\S]*?5 公里/);
    expect(html).toMatch(/新改建排水管网[\s\S]*?2025年12月[\s\S]*?10 公里/);
    expect(html.match(/<li>[^<]*(金|铜|铁)/g)?.length ?? 0).toBeGreaterThanOrEqual(9);
  });

  it('tells a county unit what it must do through the group 各县（区）党委和人民政府', () => {
    const html = read('units/bazhong/bazhou/index.html');
    expect(html).toContain('href="/units/bazhong/counties/"');
    expect(taskRows(html)).toBeGreaterThanOrEqual(6);
    expect(read('units/bazhong/counties/index.html')).toContain('href="/units/bazhong/bazhou/"');
  });

  it('gives the task list each row’s filter values for the browser filter', () => {
    const html = read('tasks/index.html');
    expect(html).toMatch(/<tr data-status="[a-z-]+" data-county="[^"]*nanjiang[^"]*" data-responsible="[^"]*" data-supervising="[^"]*" data-year="(?:\d{4}|ongoing)"/);
    // Hidden without scripts; laid out from the first paint when they run (data-js-reveal).
    expect(html).toMatch(/<details class="filter-fold" data-filter-fold data-js-reveal hidden>\s*<summary>筛选整改任务（可组合多个条件）<\/summary>\s*<form class="filter-form" data-task-filter>/);
  });

  it('links each status count on the home page to the plan’s section of that status’s list', () => {
    const home = read('index.html');
    const links = [...home.matchAll(/href="(\/filter\/status\/[a-z-]+\/)#(plan-[a-z0-9-]+)"/g)];
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const [, path, anchor] of links) {
      expect(read(join(path!, 'index.html')), path).toContain(`id="${anchor}"`);
    }
    expect(home).toContain('今后90天到期的任务和措施');
    expect(home).toContain('最新整改进展');
    expect(home.match(/截至 <time datetime="2022-07-15">/g)?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('long lists of the built fixture (one row to a list page)', () => {
  const fixtureDist = SITES.fixture.outDir;
  const fixtureContent = checkContent({ projectRoot: PROJECT_ROOT, contentDir: SITES.fixture.contentDir });
  const fixtureLedger = buildLedger(fixtureContent.input, fixtureContent.asOf);
  const readFixture = (path: string) => readFileSync(join(fixtureDist, path), 'utf8');
  const measureRows = (html: string) => html.match(/<tr>\s*<td data-label="任务"/g)?.length ?? 0;

  it('lists every matching task and measure once, a row to a page, with numbered pages linked in order', () => {
    let paged = 0;
    for (const option of filterOptions(fixtureLedger)) {
      const result = applyFilters(fixtureLedger, { [option.dimension]: option.value });
      const count = Math.max(result.tasks.length, result.measures.length, 1);
      let tasks = 0;
      let measures = 0;
      for (let page = 1; page <= count; page++) {
        const folder = join('filter', option.dimension, option.value, page > 1 ? `page-${page}` : '');
        const html = readFixture(join(folder, 'index.html'));
        expect(taskRows(html), folder).toBeLessThanOrEqual(1);
        expect(measureRows(html), folder).toBeLessThanOrEqual(1);
        tasks += taskRows(html);
        measures += measureRows(html);
        if (count > 1) {
          expect(html, folder).toContain(`第 ${page} 页，共 ${count} 页`);
          if (page < count) expect(html, folder).toContain(`href="/sub/filter/${option.dimension}/${option.value}/page-${page + 1}/" rel="next"`);
        }
      }
      expect(existsSync(join(fixtureDist, 'filter', option.dimension, option.value, `page-${count + 1}`)), option.value).toBe(false);
      expect([tasks, measures], `${option.dimension}/${option.value}`).toEqual([result.tasks.length, result.measures.length]);
      if (count > 1) paged++;
    }
    expect(paged).toBeGreaterThan(3);
  });

  it('shows the first rows on unit, county and home pages and links to the whole list', () => {
    const unit = readFixture('units/district-a/index.html');
    expect(taskRows(unit)).toBeLessThanOrEqual(3);
    expect(unit).toMatch(/此处列出前 1 项，共 \d+ 项。<a href="\/sub\/filter\/responsible\/district-a\/">/);
    const county = readFixture('counties/district-a/index.html');
    expect(county).toMatch(/此处列出前 1 项，共 \d+ 项。<a href="\/sub\/filter\/county\/district-a\/">/);
    expect(readFixture('index.html')).toMatch(/此处列出前 1 项，共 2 项。<a href="\/sub\/tasks\/">查看全部整改任务<\/a>/);
  });
});
