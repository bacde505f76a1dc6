// npm run geo:outlines -- <input.geojson> <output.geojson> [--tolerance 0.002]
// Makes the county outlines a deployment ships (content/geo/*.geojson) from a published
// GeoJSON: keeps each feature's GB/T 2260 code and name, drops slivers and repeated points,
// and simplifies the lines (Douglas–Peucker) so the file stays small. Run it once when the
// source changes and commit the output together with the source note in site.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { distanceToSegment, ringArea, type Ring } from '../../../src/features/map/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { tolerance: { type: 'string', default: '0.002' } } });
const [input, output] = positionals;
if (!input || !output) {
  console.error('用法 usage: npm run geo:outlines -- <input.geojson> <output.geojson> [--tolerance 0.002]');
  process.exit(2);
}
const tolerance = Number(values.tolerance);

function simplify(points: Ring): Ring {
  if (points.length < 3) return points;
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i]!, points[0]!, points[points.length - 1]!);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [points[0]!, points[points.length - 1]!];
  return [...simplify(points.slice(0, index + 1)).slice(0, -1), ...simplify(points.slice(index))];
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;
function cleanRing(ring: Ring): Ring | null {
  const unique = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  // Split the closed ring at its far point so both halves keep their ends.
  const far = unique.reduce((best, p, i) => (Math.hypot(p[0] - unique[0]![0], p[1] - unique[0]![1]) > Math.hypot(unique[best]![0] - unique[0]![0], unique[best]![1] - unique[0]![1]) ? i : best), 0);
  const simple = [...simplify(unique.slice(0, far + 1)).slice(0, -1), ...simplify(unique.slice(far))].map(([x, y]) => [round(x), round(y)] as [number, number]);
  return simple.length >= 4 ? simple : null;
}

const source = JSON.parse(readFileSync(input, 'utf8')) as { features: { id?: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[] };
const features = source.features.map((feature) => {
  const polygons = (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates) as Ring[][];
  const largest = Math.max(...polygons.map((polygon) => ringArea(polygon[0]!)));
  const kept = polygons
    // Slivers of under a thousandth of the largest part are artefacts of the source's grid.
    .filter((polygon) => ringArea(polygon[0]!) >= largest / 1000)
    .map((polygon) => polygon.map(cleanRing).filter((ring): ring is Ring => ring !== null))
    .filter((polygon) => polygon.length > 0);
  const code = String(feature.properties.adcode ?? feature.properties.code ?? feature.id ?? '');
  return {
    type: 'Feature',
    properties: { code, name: feature.properties.name },
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept },
  };
});
writeFileSync(output, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
console.log(`${features.length} features → ${output}`);
