import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCEPTED, acceptedBuildResult } from '../helpers/sites.ts';

// The plan 甲区整改方案 of the two-inspection fixture's second inspection (muni-2026), with no
// task entered yet: tests/fixtures/accepted-content/plan-without-tasks/, in the shared build of
// acceptable content (tests/helpers/build-sites.ts).
describe('a plan published before its tasks are entered', () => {
  it('says on its plan and inspection pages that no task is entered yet, instead of an empty task table', () => {
    const result = acceptedBuildResult();
    expect(result.status, result.output).toBe(0);
    for (const page of ['plans/muni/index.html', 'inspections/muni-2026/index.html']) {
      const html = readFileSync(join(ACCEPTED.outDir, page), 'utf8');
      const section = html.slice(html.indexOf('甲区方案'));
      expect(html, page).toContain('本站尚未录入这一方案的整改任务。');
      expect(section, page).not.toContain('整改任务（0项）');
      expect(section, page).not.toContain('<table class="task-table"');
    }
  });
});

// A mine located to its township with a point (tests/fixtures/accepted-content/approximate-point/),
// beside a pipeline known only by its county and a plant measured exactly, on the same task.
describe('a map with a place at approximate coordinates', () => {
  it('says in its legend which places are only sketched in their county and which have approximate coordinates', () => {
    const html = readFileSync(join(ACCEPTED.outDir, 'tasks/demo/01/index.html'), 'utf8');
    expect(html).toContain('方案未给出坐标：1处方案只写到所在地、没有坐标，图上标在所在地境内，仅示意位置。');
    expect(html).toContain('1处的坐标为近似位置，不是实测位置');
  });
});

// A landfill (tests/fixtures/accepted-content/place-of-its-own-kind/): a kind of place the made-up
// city declares in its site.yaml (placeLayers), which Bazhong's plan does not have.
describe('a place of a kind the deployment declares itself', () => {
  it('gets the map its site.yaml names, listed with the others, with the label it gives the kind', () => {
    const map = readFileSync(join(ACCEPTED.outDir, 'maps/landfills/index.html'), 'utf8');
    expect(map).toContain('<h1>生活垃圾填埋场地图</h1>');
    expect(map).toContain('甲区示例生活垃圾填埋场');
    expect(map).toContain('垃圾填埋场');
    expect(readFileSync(join(ACCEPTED.outDir, 'maps/index.html'), 'utf8')).toMatch(/生活垃圾填埋场<\/a>（1处，<a href="\/sub\/maps\/landfills.geojson" download>GeoJSON 数据<\/a>）/);
    const geojson = JSON.parse(readFileSync(join(ACCEPTED.outDir, 'maps/landfills.geojson'), 'utf8'));
    expect(geojson.features.map((feature: { properties: { kind: string; kindLabel: string } }) => feature.properties)).toMatchObject([{ kind: 'landfill', kindLabel: '垃圾填埋场' }]);
    const county = readFileSync(join(ACCEPTED.outDir, 'counties/district-a/index.html'), 'utf8');
    expect(county).toMatch(/甲区示例生活垃圾填埋场[^<]*<span class="small">：垃圾填埋场，见/);
  });
});

// A sewage plant a finding names before any plan has a task for it (tests/fixtures/accepted-content/place-before-its-task/).
describe('a place a finding names before any task', () => {
  it('is on its map with no report yet, linked to the finding, and in the county page and the download', () => {
    const map = readFileSync(join(ACCEPTED.outDir, 'maps/sewage/index.html'), 'utf8');
    expect(map).toMatch(/乙县示例第二污水处理厂/);
    expect(map).toContain('反馈问题4（尚无整改任务）');
    const geojson = JSON.parse(readFileSync(join(ACCEPTED.outDir, 'maps/sewage.geojson'), 'utf8'));
    const dump = geojson.features.find((feature: { properties: { name: string } }) => feature.properties.name === '乙县示例第二污水处理厂');
    expect(dump.properties).toMatchObject({ task: null, statusLabel: '暂无进展报告' });
    expect(dump.properties.url).toMatch(/\/findings\/muni-2026\/04\/$/);
    expect(readFileSync(join(ACCEPTED.outDir, 'findings/muni-2026/04/index.html'), 'utf8')).toContain('乙县示例第二污水处理厂');
  });
});
