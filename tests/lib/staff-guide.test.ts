import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { QUESTIONS, SCAFFOLD_KINDS } from '../../src/features/sheet/scaffold.ts';
import { REPORTED_STATUSES } from '../../src/schemas/update.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const GUIDE = readFileSync(resolve(PROJECT, 'docs/staff-guide.md'), 'utf8');

/** The guide's YAML examples that name the content file they stand for: `# 文件：content/<folder>/…`. */
const examples = [...GUIDE.matchAll(/```yaml\n# 文件：content\/([a-z]+)\/(\S+)\n([\s\S]*?)```/g)].map(([, folder, path, body]) => ({
  folder: folder!,
  path: `${folder}/${path}`,
  data: parse(body!) as unknown,
}));

describe('the staff guide', () => {
  it('shows a complete example of every kind of content npm run new makes, and more', () => {
    const folders = new Set(examples.map((example) => example.folder));
    for (const folder of ['updates', 'tasks', 'units', 'places', 'jurisdictions', 'documents', 'inspections', 'findings']) expect(folders).toContain(folder);
    expect(SCAFFOLD_KINDS.length).toBe(4);
  });

  it.each(examples.map((example) => [example.path, example] as const))('has an example %s that its schema accepts', (_path, example) => {
    const spec = Object.values(COLLECTIONS).find((collection) => collection.folder === example.folder) as (typeof COLLECTIONS)[CollectionName];
    const result = spec.schema.safeParse(example.data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('quotes the Bazhong examples exactly as the content files hold them', () => {
    for (const example of examples.filter((candidate) => !candidate.path.startsWith(`${candidate.folder}/demo/`) && !candidate.path.includes('muni-2026'))) {
      const file = parse(readFileSync(resolve(PROJECT, 'content', example.path), 'utf8'));
      expect(example.data, example.path).toEqual(file);
    }
  });

  it('names every status staff may write, and every flag of npm run new update', () => {
    for (const status of REPORTED_STATUSES) expect(GUIDE).toContain(`\`${status}\``);
    for (const question of QUESTIONS.update) expect(GUIDE).toContain(`--${question.flag}`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(resolve(PROJECT, 'README.md'), 'utf8')).toContain('docs/staff-guide.md');
  });
});
