import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteConfig } from '../schemas/site.ts';
import type { OutlineCollection, OutlineFeature } from './geo.ts';

export interface OutlinesRead {
  outlines: OutlineCollection | null;
  /** What is wrong with the file, `中文\nEnglish`, or null. */
  error: string | null;
}

function isArea(feature: unknown): feature is OutlineFeature {
  const f = feature as OutlineFeature;
  return Boolean(f?.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') && f.properties && f.properties.code !== undefined);
}

/**
 * Reads the deployment's county outlines (`map.outlines.file` in site.yaml, under the content
 * folder). Features need a `code` (GB/T 2260) to be matched to jurisdictions.
 */
export function readOutlines(contentDir: string, site: Pick<SiteConfig, 'map'> | null): OutlinesRead {
  const file = site?.map?.outlines.file;
  if (!file) return { outlines: null, error: null };
  const path = join(contentDir, file);
  if (!existsSync(path)) {
    return { outlines: null, error: `找不到界线文件 ${file}。请把 GeoJSON 文件放在内容目录下的这个位置，或改正路径。\nthe outline file ${file} does not exist: put the GeoJSON there under the content folder, or correct the path.` };
  }
  let data: { type?: string; features?: unknown[] };
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { outlines: null, error: `界线文件 ${file} 不是有效的 JSON（${(error as Error).message}）。请用 GeoJSON 工具重新导出。\nthe outline file ${file} is not valid JSON (${(error as Error).message}): export it again.` };
  }
  const features = Array.isArray(data.features) ? data.features : null;
  if (data.type !== 'FeatureCollection' || !features || !features.every(isArea)) {
    return {
      outlines: null,
      error: `界线文件 ${file} 应是 FeatureCollection，每个要素是 Polygon 或 MultiPolygon，并在 properties.code 写明行政区划代码。\nthe outline file ${file} must be a FeatureCollection of Polygon or MultiPolygon features, each with its GB/T 2260 code in properties.code.`,
    };
  }
  return {
    outlines: { type: 'FeatureCollection', features: features.map((f) => ({ ...f, properties: { ...f.properties, code: String(f.properties.code) } })) },
    error: null,
  };
}
