import { existsSync } from 'node:fs';
import { readContentText } from './source-text.ts';
import { personalDataMessage, personalNumbersIn } from './privacy.ts';
import { join, relative, isAbsolute } from 'node:path';
import type { SiteConfig } from '../../schemas/site.ts';
import type { OutlineCollection, OutlineFeature } from '../map/index.ts';
import { outlineFileIssues, type OutlineIssue } from './outline-check.ts';
import type { Problem } from './problem.ts';

export interface OutlinesRead {
  /** The outlines, or null when there are none or the file has a problem. */
  outlines: OutlineCollection | null;
  /** What is wrong with the file, `中文\nEnglish`, or null (the first of `problems`). */
  error: string | null;
  /**
   * Every problem, each in the file it concerns: `site.yaml` (field `map.outlines.file`) when the
   * file cannot be found, else the outline file itself (relative to the content folder).
   */
  problems: (OutlineIssue & { file: string })[];
}

function refused(problems: OutlinesRead['problems']): OutlinesRead {
  return { outlines: null, error: `${problems[0]!.zh}\n${problems[0]!.en}`, problems };
}

/**
 * Reads the deployment's county outlines (`map.outlines.file` in site.yaml, under the content
 * folder). Features need a `code` (GB/T 2260) to be matched to jurisdictions. A file with any
 * problem (src/features/check/outline-check.ts) is not used at all, and the check refuses it.
 */
export function readOutlines(contentDir: string, site: Pick<SiteConfig, 'map'> | null): OutlinesRead {
  const file = site?.map?.outlines.file;
  if (!file) return { outlines: null, error: null, problems: [] };
  const path = join(contentDir, file);
  const inside = relative(contentDir, path);
  const siteProblem = (zh: string, en: string) => refused([{ file: 'site.yaml', field: 'map.outlines.file', zh, en }]);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return siteProblem(`界线文件 ${file} 不在内容目录内。请把它放进内容目录（例如 geo/counties.geojson）并写相对路径。`, `the outline file ${file} is outside the content folder: put it inside (e.g. geo/counties.geojson).`);
  }
  if (!existsSync(path)) {
    return siteProblem(`找不到界线文件 ${file}。请把 GeoJSON 文件放在内容目录下的这个位置，或改正路径。`, `the outline file ${file} does not exist: put the GeoJSON there under the content folder, or correct the path.`);
  }
  // Read as every content file is: a link, an odd or huge file, a wrong encoding become problems.
  const read = readContentText(contentDir, file, path, contentDir);
  if ('problem' in read) return refused([{ ...read.problem, file }]);
  // The outline file is published (/maps/outlines.geojson): no personal number in its properties either.
  const personal = personalNumbersIn(read.text);
  if (personal.length > 0) return refused(personal.map((found) => ({ file, ...personalDataMessage(found) })));
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    const reason = (error as Error).message;
    return refused([{ file, zh: `界线文件 ${file} 不是有效的 JSON（${reason}）。请用 GeoJSON 工具重新导出。`, en: `the outline file ${file} is not valid JSON (${reason}): export it again.` }]);
  }
  const issues = outlineFileIssues(data);
  if (issues.length > 0) return refused(issues.map((issue) => ({ ...issue, file })));
  const features = (data as { features: OutlineFeature[] }).features;
  return {
    outlines: { type: 'FeatureCollection', features: features.map((f) => ({ ...f, properties: { ...f.properties, code: String(f.properties.code) } })) },
    error: null,
    problems: [],
  };
}

/**
 * Outline features no jurisdiction's `code` names: the map would draw them but never test a place
 * against them (a point of one township passed inside another's outline). Problems without a file:
 * the caller names the outline file.
 */
export function unmatchedOutlines(outlines: OutlineCollection, jurisdictionCodes: ReadonlySet<string>): Omit<Problem, 'file'>[] {
  return outlines.features.flatMap((feature, index) => {
    const code = feature.properties.code;
    if (jurisdictionCodes.has(code)) return [];
    return [
      {
        field: `features[${index}].properties.code`,
        zh: `第 ${index + 1} 个要素的代码 ${code} 不是任何辖区（content/jurisdictions/）的 code：地图会画出它，却不会用它核对点位。请在对应辖区的文件里写上 code: "${code}"（县区六位、乡镇街道九位），或从界线文件中删去这个要素。`,
        en: `feature ${index + 1} has code ${code}, which no jurisdiction (content/jurisdictions/) has: the map would draw it but never test places against it. Write code: "${code}" in its jurisdiction's file (six digits for a county, nine for a township), or delete the feature.`,
      },
    ];
  });
}
