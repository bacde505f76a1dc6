import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineFileIssues } from '../../src/features/check/outline-check.ts';
import { interiorPoint, type AreaGeometry } from '../../src/features/map/geo.ts';
import { problemsAfter, write } from '../helpers/fixture-copy.ts';

const square = [[[100, 30], [101, 30], [101, 31], [100, 31], [100, 30]]];
const feature = (geometry: unknown, properties: unknown = { code: '990102', name: '甲区' }) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const issues = (...features: unknown[]) => outlineFileIssues(collection(...features));

describe('outline files the maps can draw', () => {
  it('accepts the Bazhong outlines and the fixture outlines as they are', () => {
    for (const file of ['tests/fixtures/bazhong/content/geo/bazhong-counties.geojson', 'tests/fixtures/content-two-inspections/geo/demo-counties.geojson']) {
      expect(outlineFileIssues(JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
    }
  });

  it('refuses every empty geometry the build would crash on, naming the feature and its code', () => {
    const empties: [unknown, string][] = [
      [{ type: 'MultiPolygon', coordinates: [] }, 'features[0].geometry.coordinates'],
      [{ type: 'Polygon', coordinates: [] }, 'features[0].geometry.coordinates'],
      [{ type: 'Polygon', coordinates: [[]] }, 'features[0].geometry.coordinates[0]'],
      [{ type: 'MultiPolygon', coordinates: [[]] }, 'features[0].geometry.coordinates[0]'],
      [{ type: 'Polygon' }, 'features[0].geometry.coordinates'],
    ];
    for (const [geometry, field] of empties) {
      // What the build does with each outline: without the check, this throws.
      expect(() => interiorPoint(geometry as AreaGeometry)).toThrow();
      expect(issues(feature(geometry))).toMatchObject([{ field, zh: expect.stringContaining('第 1 个要素（代码 990102）：界线是空的') }]);
    }
  });

  it('names coordinates written as text, and pairs that are not two numbers', () => {
    expect(issues(feature({ type: 'Polygon', coordinates: [[['100', '30'], [101, 30], [101, 31], [100, 30]]] }))).toMatchObject([
      { field: 'features[0].geometry.coordinates[0][0]', zh: expect.stringContaining('坐标写成了文字 "100"（带引号）') },
    ]);
    expect(issues(feature({ type: 'Polygon', coordinates: [[[100], [101, 30], [101, 31], [100, 30]]] }))[0]!.zh).toContain('应是 [经度, 纬度] 两个数');
    expect(issues(feature({ type: 'Polygon', coordinates: [[[100, null], [101, 30], [101, 31], [100, 30]]] }))[0]!.zh).toContain('不是两个数字');
  });

  it('names swapped axes once for the whole file, and per feature when only some are swapped', () => {
    const swapped = [[[30, 100], [30, 101], [31, 101], [31, 100], [30, 100]]];
    const both = issues(feature({ type: 'Polygon', coordinates: swapped }), feature({ type: 'Polygon', coordinates: swapped }, { code: '990121' }));
    expect(both).toMatchObject([{ field: 'features', zh: expect.stringContaining('整个文件的经度和纬度写反了') }]);
    const one = issues(feature({ type: 'Polygon', coordinates: square }), feature({ type: 'Polygon', coordinates: swapped }, { code: '990121' }));
    expect(one).toMatchObject([{ field: 'features[1].geometry', zh: expect.stringContaining('第 2 个要素（代码 990121）：经度和纬度写反了') }]);
  });

  it('refuses coordinates out of range (projected metres) and outlines outside China', () => {
    const metres = [[[400000, 3500000], [410000, 3500000], [410000, 3510000], [400000, 3500000]]];
    expect(issues(feature({ type: 'Polygon', coordinates: metres }))[0]!.zh).toContain('超出范围');
    const london = [[[-0.2, 51.4], [0, 51.4], [0, 51.6], [-0.2, 51.4]]];
    expect(issues(feature({ type: 'Polygon', coordinates: london }))[0]!.zh).toContain('界线不在中国境内');
  });

  it('refuses unclosed and flat rings', () => {
    expect(issues(feature({ type: 'Polygon', coordinates: [[[100, 30], [101, 30], [101, 31], [100, 31]]] }))).toMatchObject([{ field: 'features[0].geometry.coordinates[0]', zh: expect.stringContaining('没有闭合') }]);
    expect(issues(feature({ type: 'Polygon', coordinates: [[[100, 30], [101, 30], [100, 30]]] }))[0]!.zh).toContain('没有闭合');
    expect(issues(feature({ type: 'Polygon', coordinates: [[[100, 30], [101, 31], [102, 32], [100, 30]]] }))[0]!.zh).toContain('面积为零');
  });

  it('refuses a feature without a code, with markup in its name, of another geometry type, or with a code used twice', () => {
    const polygon = { type: 'Polygon', coordinates: square };
    expect(issues(feature(polygon, { name: '甲区' }))).toMatchObject([{ field: 'features[0].properties.code' }]);
    expect(issues(feature(polygon, null))).toMatchObject([{ field: 'features[0].properties.code' }]);
    expect(issues(feature(polygon, { code: '990102', name: '<img src=x onerror=alert(1)>' }))).toMatchObject([{ field: 'features[0].properties.name' }]);
    expect(issues(feature({ type: 'Point', coordinates: [100, 30] }))[0]!.zh).toContain('应是 Polygon 或 MultiPolygon，这里是 "Point"');
    expect(issues(feature(null))[0]!.zh).toContain('这里是 null');
    expect(issues(feature(polygon), feature(polygon))).toMatchObject([{ field: 'features[1].properties.code', zh: expect.stringContaining('已用于第 1 个要素') }]);
  });

  it('refuses a file that is not a FeatureCollection or has no features', () => {
    expect(outlineFileIssues([1, 2])[0]!.zh).toContain('应是 GeoJSON FeatureCollection');
    expect(outlineFileIssues({ type: 'FeatureCollection', features: {} })[0]!.zh).toContain('应是 GeoJSON FeatureCollection');
    expect(outlineFileIssues(collection())[0]!.zh).toContain('没有任何要素');
  });

  it('lists at most twenty broken features and says how many more there are', () => {
    const broken = Array.from({ length: 25 }, (_, i) => feature({ type: 'Polygon', coordinates: [] }, { code: String(990100 + i) }));
    const found = outlineFileIssues(collection(...broken));
    expect(found).toHaveLength(21);
    expect(found[20]!.zh).toBe('……另有 5 个要素有问题。');
  });
});

describe('the content check of the outline file', () => {
  it('names the outline file itself, with the feature, when a feature is broken', () => {
    const problems = problemsAfter((content) =>
      write(content, 'geo/demo-counties.geojson', JSON.stringify(collection(feature({ type: 'Polygon', coordinates: square }), feature({ type: 'MultiPolygon', coordinates: [] }, { code: '990121' })))),
    );
    expect(problems).toMatchObject([{ file: 'content/geo/demo-counties.geojson', field: 'features[1].geometry.coordinates' }]);
    expect(problems[0]!.en).toContain('feature 2 (code 990121): the outline is empty');
  });

  it('refuses an outline file outside the content folder', () => {
    const problems = problemsAfter((content) => write(content, 'site.yaml', `${readFileSync(`${content}/site.yaml`, 'utf8').replace('geo/demo-counties.geojson', '../../outside.geojson')}`));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/site.yaml', field: 'map.outlines.file', zh: expect.stringContaining('不在内容目录内') }));
  });
});
