import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Place } from '../../schemas/place.ts';
import { containsPoint, type OutlineFeature, type Position } from '../map/index.ts';
import type { Entry } from '../../core/ledger.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/** What a place's point is tested against: the outlines of a jurisdiction, and whose they are. */
export interface Area {
  /** Id of the jurisdiction whose area this is (the place's own, or its nearest ancestor with one). */
  owner: string;
  outlines: OutlineFeature[];
}

/**
 * The outlines that make up each jurisdiction: its own outline, or else (a city whose file has
 * only its counties) the outlines of all its coded children together, when every one has an area.
 * Children without a GB/T 2260 code (经开区, 市本级) lie inside their coded siblings and count for nothing.
 */
export function jurisdictionAreas(jurisdictions: ReadonlyMap<string, Entry<Jurisdiction>>, outlines: ReadonlyMap<string, OutlineFeature>): Map<string, OutlineFeature[]> {
  const children = new Map<string, string[]>();
  for (const [id, entry] of jurisdictions) if (entry.data.parent) children.set(entry.data.parent, [...(children.get(entry.data.parent) ?? []), id]);
  const areas = new Map<string, OutlineFeature[] | null>();
  const areaOf = (id: string): OutlineFeature[] | null => {
    if (areas.has(id)) return areas.get(id)!;
    areas.set(id, null); // guards a parent loop
    const own = outlines.get(id);
    let area: OutlineFeature[] | null = own ? [own] : null;
    const coded = (children.get(id) ?? []).filter((child) => jurisdictions.get(child)?.data.code);
    if (!area && coded.length > 0) {
      const parts = coded.map(areaOf);
      if (parts.every((part) => part !== null)) area = parts.flat();
    }
    areas.set(id, area);
    return area;
  };
  const result = new Map<string, OutlineFeature[]>();
  for (const id of jurisdictions.keys()) {
    const area = areaOf(id);
    if (area) result.set(id, area);
  }
  return result;
}

/** The area a place's point must lie in: its jurisdiction's, or its nearest ancestor's that has one. */
export function areaFor(jurisdiction: string, jurisdictions: ReadonlyMap<string, Entry<Jurisdiction>>, areas: ReadonlyMap<string, OutlineFeature[]>): Area | null {
  const seen = new Set<string>();
  for (let id: string | undefined = jurisdiction; id && !seen.has(id); id = jurisdictions.get(id)?.data.parent) {
    seen.add(id);
    const outlines = areas.get(id);
    if (outlines) return { owner: id, outlines };
  }
  return null;
}

// Worked out once per check, not once per place.
const areasCache = new WeakMap<ReadonlyMap<string, Entry<Jurisdiction>>, Map<string, OutlineFeature[]>>();

const inArea = (point: Position, area: Area) => area.outlines.some((feature) => containsPoint(feature.geometry, point));

/**
 * A place's point lies inside its jurisdiction's outline or, when that has none (a functional
 * zone, 市本级), inside its nearest ancestor's; a pair that lies there only when swapped is named
 * as swapped. (China's extent is the schema's rule: src/schemas/point.ts.)
 */
export function checkPlacePoint(
  entry: ValidEntry<Place>,
  jurisdictions: ReadonlyMap<string, Entry<Jurisdiction>>,
  outlines: ReadonlyMap<string, OutlineFeature>,
): Problem[] {
  const { point } = entry.data.location;
  if (!point) return [];
  let areas = areasCache.get(jurisdictions);
  if (!areas) areasCache.set(jurisdictions, (areas = jurisdictionAreas(jurisdictions, outlines)));
  const area = areaFor(entry.data.jurisdiction, jurisdictions, areas);
  if (!area || inArea(point, area)) return [];
  const nameOf = (id: string) => jurisdictions.get(id)?.data.name ?? id;
  const own = nameOf(entry.data.jurisdiction);
  const where = area.owner === entry.data.jurisdiction ? own : `${nameOf(area.owner)}（${own}没有自己的界线，按上级${nameOf(area.owner)}核对）`;
  const whereEn = area.owner === entry.data.jurisdiction ? own : `${nameOf(area.owner)} (${own} has no outline of its own, so its nearest ancestor's is used)`;
  const [lon, lat] = point;
  const swapped = inArea([lat, lon], area);
  return [
    {
      file: entry.source.file,
      line: entry.source.lineOf(['location', 'point']),
      field: 'location.point',
      zh: swapped
        ? `经度和纬度写反了：[${lon}, ${lat}] 应写成 [${lat}, ${lon}]（先写经度、后写纬度），这样才在${where}境内。`
        : `坐标 [${lon}, ${lat}] 不在${where}的界线内。请核对经纬度（先写经度、后写纬度）或所在县区 jurisdiction。`,
      en: swapped
        ? `longitude and latitude are swapped: write [${lat}, ${lon}] (longitude first), which lies in ${whereEn}.`
        : `the point [${lon}, ${lat}] lies outside the outline of ${whereEn}: check the coordinates (longitude first, then latitude) or the jurisdiction.`,
    },
  ];
}
