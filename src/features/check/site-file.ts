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
      problems: [{ file, zh: '缺少站点配置文件 site.yaml。请照工作人员指南（docs/staff-guide.md）“站点设置（content/site.yaml）”一节的完整示例写一份，放在内容文件夹的最上层，把网站名称、地址、发布单位改成本地的。', en: 'site.yaml is missing: write one after the complete example in docs/staff-guide.md (section 站点设置), at the top of the content folder, with your own title, address and publisher.' }],
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
