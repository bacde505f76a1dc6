import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containsPoint, decimalsOf, interiorPoint, type OutlineCollection, type PolygonGeometry } from '../../src/features/map/geo.ts';

// An L-shaped county: its bounding-box centre (1.5, 1.5) lies outside it.
const lShape: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };

describe('geometry for the maps', () => {
  it('tells points inside an outline from points outside it', () => {
    expect(containsPoint(lShape, [0.5, 2.5])).toBe(true);
    expect(containsPoint(lShape, [2.5, 0.5])).toBe(true);
    expect(containsPoint(lShape, [1.5, 1.5])).toBe(false);
    expect(containsPoint(lShape, [-1, 0.5])).toBe(false);
  });

  it('excludes the holes of a polygon', () => {
    const ring: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]] };
    expect(containsPoint(ring, [2, 2])).toBe(false);
    expect(containsPoint(ring, [0.5, 2])).toBe(true);
  });

  it('draws a county-level place inside a concave outline, not at its bounding-box centre', () => {
    const point = interiorPoint(lShape);
    expect(containsPoint(lShape, point)).toBe(true);
  });

  it('draws every place of a Bazhong county inside that county and in no other', () => {
    const outlines = JSON.parse(readFileSync('tests/fixtures/bazhong/content/geo/bazhong-counties.geojson', 'utf8')) as OutlineCollection;
    expect(outlines.features.map((feature) => feature.properties.code).sort()).toEqual(['511902', '511903', '511921', '511922', '511923']);
    for (const feature of outlines.features) {
      const point = interiorPoint(feature.geometry);
      const holders = outlines.features.filter((other) => containsPoint(other.geometry, point));
      expect(holders.map((other) => other.properties.code)).toEqual([feature.properties.code]);
    }
  });

  it('counts the decimals a coordinate is written with', () => {
    expect(decimalsOf(106.77)).toBe(2);
    expect(decimalsOf(106.7712)).toBe(4);
    expect(decimalsOf(107)).toBe(0);
  });
});
