import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { QUESTIONS, SCAFFOLD_KINDS } from '../../src/features/sheet/scaffold.ts';
import { REPORTED_STATUSES } from '../../src/schemas/update.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { GUIDE, GUIDE_EXAMPLES as examples, GUIDE_SITE_EXAMPLES } from '../helpers/staff-guide.ts';

// That the Bazhong examples quote the deployment's own files is checked in tests/content/staff-guide.test.ts.

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

  it('has a complete site.yaml example, with every government-site identifier and contact field, that the schema accepts', () => {
    expect(GUIDE_SITE_EXAMPLES).toHaveLength(1);
    const result = siteSchema.safeParse(GUIDE_SITE_EXAMPLES[0]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const governmentFields = Object.keys(siteSchema.shape.governmentSite.unwrap().shape);
    expect(Object.keys(result.data!.governmentSite!)).toEqual(governmentFields);
    expect(Object.keys(result.data!.contact!).sort()).toEqual(['address', 'email', 'note', 'phone']);
  });

  it('names every status staff may write, and every flag of npm run new update', () => {
    for (const status of REPORTED_STATUSES) expect(GUIDE).toContain(`\`${status}\``);
    for (const question of QUESTIONS.update) expect(GUIDE).toContain(`--${question.flag}`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(resolve(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('docs/staff-guide.md');
  });
});
