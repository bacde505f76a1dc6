/**
 * What is wrong with a county outline file (界线文件, `map.outlines.file`), feature by feature:
 * the file must be a GeoJSON FeatureCollection of Polygon or MultiPolygon features with a
 * `properties.code`, closed rings of numeric [longitude, latitude] pairs, in China. Whatever the
 * maps would stumble over is named here, so a file the check passes never breaks the build.
 */
import { CHINA_EXTENT, inChinaExtent, looksSwapped } from '../../schemas/point.ts';
import { ringArea, type Position } from '../map/index.ts';

/** One problem of an outline file: the feature path (`features[2].geometry`) and the fix. */
export interface OutlineIssue {
  field?: string;
  zh: string;
  en: string;
}

/** At most this many features are named one by one; one systematic mistake should not bury the rest. */
const MAX_LISTED = 20;

type Found = OutlineIssue & { swapped?: boolean };
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

/** The first problem of one [longitude, latitude] pair, or null. */
function positionIssue(value: unknown, at: string): Found | null {
  if (!Array.isArray(value) || value.length < 2) {
    return { field: at, zh: `坐标 ${shown(value)} 应是 [经度, 纬度] 两个数。`, en: `${shown(value)} should be a [longitude, latitude] pair of numbers.` };
  }
  const [lon, lat] = value as unknown[];
  const text = [lon, lat].find((number) => typeof number === 'string');
  if (text !== undefined) {
    return { field: at, zh: `坐标写成了文字 ${shown(text)}（带引号）：经纬度必须是数字，请去掉引号后重新导出。`, en: `a coordinate is written as text, ${shown(text)}: coordinates are numbers; export again without quotes.` };
  }
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return { field: at, zh: `坐标 ${shown(value)} 不是两个数字。请用 GeoJSON 工具重新导出。`, en: `${shown(value)} is not two numbers: export the file again.` };
  }
  return null;
}

/** Every position of a geometry's rings, with the path to each, or the problem with its shape. */
function ringsOf(geometry: Record<string, unknown>, at: string): { rings: { ring: unknown[]; at: string }[] } | Found {
  const empty: Found = { field: `${at}.coordinates`, zh: '界线是空的（coordinates 没有任何坐标）。请补上界线坐标，或删去这个要素。', en: 'the outline is empty (no coordinates): add its coordinates or delete the feature.' };
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return empty;
  const polygons = geometry.type === 'Polygon' ? [{ rings: coordinates, at: `${at}.coordinates` }] : coordinates.map((rings, p) => ({ rings, at: `${at}.coordinates[${p}]` }));
  const rings: { ring: unknown[]; at: string }[] = [];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon.rings) || polygon.rings.length === 0) return { ...empty, field: polygon.at };
    for (const [r, ring] of polygon.rings.entries()) {
      const ringAt = `${polygon.at}[${r}]`;
      if (!Array.isArray(ring) || ring.length === 0) return { ...empty, field: ringAt };
      rings.push({ ring, at: ringAt });
    }
  }
  return { rings };
}

/** The first problem of one feature, or null. */
function featureIssue(feature: unknown, at: string): Found | null {
  if (!isObject(feature) || feature.type !== 'Feature') return { field: at, zh: '这一项不是 GeoJSON 要素（type: Feature）。', en: 'this item is not a GeoJSON Feature.' };
  const properties = feature.properties;
  const code = isObject(properties) ? properties.code : undefined;
  if (!(typeof code === 'string' && code.trim()) && !(typeof code === 'number' && Number.isInteger(code))) {
    return { field: `${at}.properties.code`, zh: '缺少 properties.code：请写上这个县区的六位行政区划代码（GB/T 2260），例如 "511902"。', en: 'properties.code is missing: give the six-digit GB/T 2260 code, e.g. "511902".' };
  }
  const name = (properties as Record<string, unknown>).name;
  if (name !== undefined && (typeof name !== 'string' || /[<>&]/.test(name))) {
    return { field: `${at}.properties.name`, zh: `名称 ${shown(name)} 应是一段纯文字（不含 < > &），例如 "巴州区"。`, en: `the name ${shown(name)} must be plain text (no < > &), e.g. "巴州区".` };
  }
  const geometry = feature.geometry;
  if (!isObject(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    const type = isObject(geometry) ? shown(geometry.type) : shown(geometry ?? null);
    return { field: `${at}.geometry`, zh: `界线的 geometry 应是 Polygon 或 MultiPolygon，这里是 ${type}。请导出面状界线。`, en: `the geometry must be a Polygon or MultiPolygon, not ${type}: export the areas.` };
  }
  const found = ringsOf(geometry, `${at}.geometry`);
  if (!('rings' in found)) return found;
  const positions: Position[] = [];
  for (const { ring, at: ringAt } of found.rings) {
    for (const [p, position] of ring.entries()) {
      const issue = positionIssue(position, `${ringAt}[${p}]`);
      if (issue) return issue;
      positions.push(position as Position);
    }
  }
  if (positions.every((position) => looksSwapped(position))) {
    return { field: `${at}.geometry`, swapped: true, zh: '经度和纬度写反了：每个坐标都写成了 [纬度, 经度]。GeoJSON 要求先写经度、后写纬度，请交换坐标轴后重新导出。', en: 'longitude and latitude are swapped: every pair is [latitude, longitude]; GeoJSON wants longitude first, so swap the axes and export again.' };
  }
  const outOfRange = positions.findIndex(([lon, lat]) => Math.abs(lon) > 180 || Math.abs(lat) > 90);
  if (outOfRange >= 0) {
    const [lon, lat] = positions[outOfRange]!;
    return { field: `${at}.geometry`, zh: `坐标 [${lon}, ${lat}] 超出范围：经度在 -180 到 180 之间，纬度在 -90 到 90 之间。请核对坐标系（应为 WGS84 经纬度，不是投影坐标）。`, en: `[${lon}, ${lat}] is out of range (longitude -180..180, latitude -90..90): export in WGS84 degrees, not projected metres.` };
  }
  if (!positions.some((position) => inChinaExtent(position))) {
    return { field: `${at}.geometry`, zh: `界线不在中国境内（经度 ${CHINA_EXTENT.west}–${CHINA_EXTENT.east}、纬度 ${CHINA_EXTENT.south}–${CHINA_EXTENT.north}）。请核对坐标系和经纬度顺序。`, en: 'the outline is not in China: check the coordinate system and the order of longitude and latitude.' };
  }
  for (const { ring, at: ringAt } of found.rings) {
    const [first, last] = [ring[0] as Position, ring[ring.length - 1] as Position];
    if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) {
      return { field: ringAt, zh: '界线环没有闭合：一个环至少 4 个坐标，且最后一个坐标必须与第一个相同。请用 GeoJSON 工具修复后重新导出。', en: 'a ring is not closed: it needs at least 4 positions and its last must equal its first; repair and export again.' };
    }
    if (ringArea(ring as Position[]) === 0) return { field: ringAt, zh: '界线环围成的面积为零（各点在一条线上）。请修复或删去这个环。', en: 'a ring encloses no area (its points lie on a line): repair or delete it.' };
  }
  return null;
}

/** Every problem of an outline file's parsed JSON, feature by feature; empty when the maps can use it. */
export function outlineFileIssues(data: unknown): OutlineIssue[] {
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    return [{ zh: '界线文件应是 GeoJSON FeatureCollection（"type": "FeatureCollection"，并有 features 列表）。请用 GeoJSON 工具重新导出。', en: 'the outline file must be a GeoJSON FeatureCollection with a features list: export it again.' }];
  }
  if (data.features.length === 0) return [{ field: 'features', zh: '界线文件里没有任何要素（features 为空）。请放入各县区的界线。', en: 'the outline file has no features: add the county outlines.' }];
  const found: Found[] = [];
  const codes = new Map<string, number>();
  data.features.forEach((feature, index) => {
    const issue = featureIssue(feature, `features[${index}]`);
    const code = isObject(feature) && isObject(feature.properties) ? String(feature.properties.code ?? '') : '';
    const label = code ? `第 ${index + 1} 个要素（代码 ${code}）` : `第 ${index + 1} 个要素`;
    const labelEn = code ? `feature ${index + 1} (code ${code})` : `feature ${index + 1}`;
    if (issue) found.push({ ...issue, zh: `${label}：${issue.zh}`, en: `${labelEn}: ${issue.en}` });
    else if (codes.has(code)) {
      found.push({ field: `features[${index}].properties.code`, zh: `${label}：代码 ${code} 已用于第 ${codes.get(code)! + 1} 个要素。每个县区只能有一个要素，请合并或删去一个。`, en: `${labelEn}: code ${code} is already used by feature ${codes.get(code)! + 1}; one feature per county: merge or delete one.` });
    } else codes.set(code, index);
  });
  if (found.length > 1 && found.length === data.features.length && found.every((issue) => issue.swapped)) {
    return [{ field: 'features', zh: '整个文件的经度和纬度写反了：每个坐标都写成了 [纬度, 经度]。GeoJSON 要求先写经度、后写纬度，请交换坐标轴后重新导出。', en: 'longitude and latitude are swapped in the whole file: every pair is [latitude, longitude]; swap the axes and export again.' }];
  }
  if (found.length <= MAX_LISTED) return found;
  const more = found.length - MAX_LISTED;
  return [...found.slice(0, MAX_LISTED), { field: 'features', zh: `……另有 ${more} 个要素有问题。`, en: `… and ${more} more features with problems.` }];
}
