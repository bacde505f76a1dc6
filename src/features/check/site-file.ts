import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { displayPath, readContentText, readYamlText, type SourceFile } from './load.ts';
import { personalDataProblems } from './privacy.ts';
import { unsafeCharacterProblems } from './characters.ts';
import type { Problem } from './problem.ts';
import { problemFromIssue } from './zod-issues.ts';

/**
 * Reads and validates `site.yaml` with the reader every content file goes through, for the
 * check, astro.config and the tools alike: a repeated key or an unclosed quote is a problem
 * with its line, never an exception.
 */
export function readSiteFile(projectRoot: string, contentDir: string): { site: SiteConfig | null; problems: Problem[] } {
  const path = join(contentDir, 'site.yaml');
  const file = displayPath(projectRoot, path);
  if (!lstatSync(path, { throwIfNoEntry: false })) {
    return {
      site: null,
      problems: [{ file, zh: '缺少站点配置文件 site.yaml。请从示例复制一份并填写。', en: 'site.yaml is missing: copy the example one and fill it in.' }],
    };
  }
  // Read as every content file is: a link, an odd file, a wrong encoding become problems.
  const content = readContentText(projectRoot, file, path, contentDir);
  if ('problem' in content) return { site: null, problems: [content.problem] };
  const text = content.text;
  const read = readYamlText(file, text);
  const problems = [...personalDataProblems(file, text, read.source), ...read.problems];
  if (!read.source) return { site: null, problems };
  problems.push(...unsafeCharacterProblems(read.source, text));
  const source: SourceFile = { ...read.source, id: 'site' };
  const result = siteSchema.safeParse(source.data);
  if (result.success) return { site: result.data, problems };
  return { site: null, problems: [...problems, ...result.error.issues.map((issue) => problemFromIssue(issue, source, siteSchema))] };
}
