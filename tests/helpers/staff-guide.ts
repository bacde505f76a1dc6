import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from './sites.ts';

export const GUIDE = readFileSync(resolve(PROJECT_ROOT, 'docs/staff-guide.md'), 'utf8');

/** The guide's YAML examples that name the content file they stand for: `# 文件：content/<folder>/…`. */
export const GUIDE_EXAMPLES = [...GUIDE.matchAll(/```yaml\n# 文件：content\/([a-z]+)\/(\S+)\n([\s\S]*?)```/g)].map(([, folder, path, body]) => ({
  folder: folder!,
  path: `${folder}/${path}`,
  data: parse(body!) as unknown,
}));

/** The guide's examples of the whole settings file (`# 文件：content/site.yaml`). */
export const GUIDE_SITE_EXAMPLES = [...GUIDE.matchAll(/```yaml\n# 文件：content\/site\.yaml\n([\s\S]*?)```/g)].map(([, body]) => parse(body!) as unknown);
