/**
 * Geometry for the maps, on plain GeoJSON: which county outline a point lies in, and where to
 * draw a place that is located only to its county (a point well inside the outline, never
 * presented as its real position).
 */

export type Position = [number, number];
export type Ring = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface OutlineFeature {
  type: 'Feature';
  properties: { code: string; name?: string; [key: string]: unknown };
  geometry: AreaGeometry;
}
export interface OutlineCollection {
  type: 'FeatureCollection';
  features: OutlineFeature[];
}

function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function inRing([x, y]: Position, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a [longitude, latitude] point lies inside an outline (holes excluded). */
export function containsPoint(geometry: AreaGeometry, point: Position): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((hole) => inRing(point, hole)));
}

/** Distance from a point to a line segment, in degrees. */
export function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToEdges(point: Position, polygon: Ring[]): number {
  let best = Infinity;
  for (const ring of polygon) for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(point, ring[i - 1]!, ring[i]!));
  return best;
}

/** Area enclosed by a ring, in square degrees. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return Math.abs(sum / 2);
}

/**
 * A point well inside an outline (of its largest part), rounded to 4 decimals: where a map
 * draws a place known only to its county. Found by a grid search for the point farthest from
 * the edges, refined twice; deterministic, so every build draws the same position.
 */
export function interiorPoint(geometry: AreaGeometry): Position {
  const polygon = polygonsOf(geometry).reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const xs = polygon[0]!.map((p) => p[0]);
  const ys = polygon[0]!.map((p) => p[1]);
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position = polygon[0]![0]!;
  let bestDistance = -1;
  const steps = 24;
  for (let round = 0; round < 3; round++) {
    const stepX = (maxX - minX) / steps;
    const stepY = (maxY - minY) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const point: Position = [minX + i * stepX, minY + j * stepY];
        if (!containsPoint({ type: 'Polygon', coordinates: polygon }, point)) continue;
        const distance = distanceToEdges(point, polygon);
        if (distance > bestDistance) [best, bestDistance] = [point, distance];
      }
    }
    [minX, maxX, minY, maxY] = [best[0] - 2 * stepX, best[0] + 2 * stepX, best[1] - 2 * stepY, best[1] + 2 * stepY];
  }
  return [Math.round(best[0] * 1e4) / 1e4, Math.round(best[1] * 1e4) / 1e4];
}

/** Number of decimals a coordinate is written with (`106.77` → 2). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * An `exact` location must be written to at least 4 decimals (about 10 m); one written more
 * coarsely is an approximation and should say `township` or `county`.
 */
export const EXACT_MIN_DECIMALS = 4;
