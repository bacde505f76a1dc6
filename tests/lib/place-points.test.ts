import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../../src/features/check/index.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { edit, problemsAfter, write } from '../helpers/fixture-copy.ts';

// The fixture: 甲区 district-a is the square 100–101°E × 30–31°N, 乙县 county-b lies east of it,
// and 示例市 demo-city has no outline of its own (its file holds only the two counties).
const ZONE = 'name: 示例经开区\nshortName: 经开区\nkind: functional-zone\nparent: demo-city\n';
const zonePlace = (point: string) =>
  `kind: sewage-plant\nname: 经开区示例污水处理厂\njurisdiction: demo-zone\ntask: demo/01\nmeasure: 1\nlocation:\n  precision: exact\n  point: ${point}\nsource:\n  document: demo-plan\n`;

function withZonePlace(point: string) {
  return problemsAfter((content) => {
    write(content, 'jurisdictions/demo-zone.yaml', ZONE);
    write(content, 'places/demo/zone-plant.yaml', zonePlace(point));
  });
}

describe('a place’s point must be where its jurisdiction is', () => {
  it('refuses a point on another continent in a zone without an outline of its own', () => {
    const problems = withZonePlace('[-0.1276, 51.5072]');
    expect(problems).toMatchObject([{ file: 'content/places/demo/zone-plant.yaml', field: 'location.point', line: 8 }]);
    expect(problems[0]!.zh).toContain('不在中国境内');
  });

  it('tests a point in a zone without an outline against its parent city, made of the city’s counties', () => {
    expect(withZonePlace('[101.5123, 30.4567]')).toEqual([]);
    const problems = withZonePlace('[106.7475, 31.8678]');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/places/demo/zone-plant.yaml:8 · location.point
        坐标 [106.7475, 31.8678] 不在示例市（示例经开区没有自己的界线，按上级示例市核对）的界线内。请核对经纬度（先写经度、后写纬度）或所在县区 jurisdiction。
        (the point [106.7475, 31.8678] lies outside the outline of 示例市 (示例经开区 has no outline of its own, so its nearest ancestor's is used): check the coordinates (longitude first, then latitude) or the jurisdiction.)"
    `);
  });

  it('names a point written as [latitude, longitude] as swapped, with the pair to write', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point: [30.2567, 100.2123]'));
    expect(problems).toMatchObject([{ file: 'content/places/demo/plant-a.yaml', field: 'location.point' }]);
    expect(problems[0]!.zh).toBe('经度和纬度写反了：[30.2567, 100.2123] 应写成 [100.2123, 30.2567]（先写经度、后写纬度）。');
  });

  it('still refuses a point inside China but outside its county', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point: [101.5123, 30.4567]'));
    expect(problems[0]!.zh).toContain('不在甲区的界线内');
  });

  it('keeps the China extent rule in the schema, so every tool that writes a place applies it', () => {
    const place = { kind: 'sewage-plant', name: 'x', jurisdiction: 'a', task: 'a/01', location: { precision: 'exact', point: [0, 0] }, source: { document: 'd' } };
    expect(placeSchema.safeParse(place).success).toBe(false);
    expect(placeSchema.safeParse({ ...place, location: { precision: 'exact', point: [106.7475, 31.8678] } }).success).toBe(true);
  });
});

describe('outlines and the jurisdictions they belong to', () => {
  // A township of 甲区 with an outline of its own: the west half of 甲区's square.
  const TOWN = 'name: 示例镇\nkind: township\nparent: district-a\ncode: "990102001"\n';
  const withTownOutline = (code: string) => (content: string) => {
    const file = join(content, 'geo/demo-counties.geojson');
    const outlines = JSON.parse(readFileSync(file, 'utf8')) as { features: unknown[] };
    outlines.features.push({ type: 'Feature', properties: { code, name: '示例镇' }, geometry: { type: 'Polygon', coordinates: [[[100, 30], [100.5, 30], [100.5, 31], [100, 31], [100, 30]]] } });
    writeFileSync(file, JSON.stringify(outlines));
  };

  it('matches a township’s nine-digit code to its outline, and tests its places against it', () => {
    const town = (point: string) =>
      problemsAfter((content) => {
        withTownOutline('990102001')(content);
        write(content, 'jurisdictions/demo-town.yaml', TOWN);
        write(content, 'places/demo/town-plant.yaml', zonePlace(point).replace('jurisdiction: demo-zone', 'jurisdiction: demo-town'));
      });
    expect(town('[100.2123, 30.4567]')).toEqual([]);
    // In 甲区, but east of the township's outline.
    expect(town('[100.8123, 30.4567]')).toMatchObject([{ file: 'content/places/demo/town-plant.yaml', field: 'location.point', zh: expect.stringContaining('不在示例镇的界线内') }]);
  });

  it('refuses an outline whose code no jurisdiction has: drawn on the map, it would never be checked', () => {
    const problems = problemsAfter(withTownOutline('990102001'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/geo/demo-counties.geojson',
        field: 'features[2].properties.code',
        zh: expect.stringContaining('第 3 个要素的代码 990102001 不是任何辖区（content/jurisdictions/）的 code'),
        en: expect.stringContaining('feature 3 has code 990102001, which no jurisdiction (content/jurisdictions/) has'),
      }),
    ]);
  });
});
