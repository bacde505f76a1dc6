import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { QUESTIONS, SCAFFOLD_KINDS } from '../../src/features/sheet/scaffold.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { REPORTED_STATUSES } from '../../src/schemas/update.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';
import { GUIDE, GUIDE_EXAMPLES as examples, GUIDE_SITE_EXAMPLES, hasField, schemaFieldPaths } from '../helpers/staff-guide.ts';

// That the Bazhong examples quote the deployment's own files is checked in tests/content/staff-guide.test.ts.

/** Every kind of file staff write: each collection of the registry, and the site settings. */
const KINDS = [...Object.values(COLLECTIONS).map((spec) => ({ folder: spec.folder, schema: spec.schema })), { folder: 'site.yaml', schema: siteSchema }];

describe('the staff guide', () => {
  it.each(KINDS.map((kind) => [kind.folder, kind] as const))('has a complete example of %s, together using every field its schema has', (_folder, kind) => {
    const ofKind = examples.filter((example) => example.folder === kind.folder);
    expect(ofKind.length).toBeGreaterThan(0);
    const fields = schemaFieldPaths(kind.schema);
    expect(fields.length).toBeGreaterThan(1);
    expect(fields.filter((field) => !ofKind.some((example) => hasField(example.data, field)))).toEqual([]);
  });

  it.each(examples.map((example) => [example.path, example] as const))('has an example %s that its schema accepts', (_path, example) => {
    const kind = KINDS.find((candidate) => candidate.folder === example.folder)!;
    const result = kind.schema.safeParse(example.data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has made-up examples that pass the whole content check (references, sums, rules of updates), written into the two-inspection fixture', () => {
    const { root, content } = copyFixture();
    const made = examples.filter((example) => example.demo);
    expect(made.length).toBeGreaterThan(15);
    for (const example of made) {
      mkdirSync(dirname(join(content, example.path)), { recursive: true });
      writeFileSync(join(content, example.path), example.text);
    }
    const result = checkContent({ projectRoot: root, contentDir: 'content' });
    expect(formatProblems(result.problems)).toBe('');
    // Each of them was read and accepted, none left out.
    for (const example of made.filter((candidate) => candidate.folder !== 'site.yaml')) {
      const spec = Object.values(COLLECTIONS).find((candidate) => candidate.folder === example.folder)!;
      const id = example.path.slice(spec.folder.length + 1).replace(/\.(ya?ml|md)$/, '');
      expect(result.entries[Object.keys(COLLECTIONS).find((name) => COLLECTIONS[name as keyof typeof COLLECTIONS] === spec) as keyof typeof COLLECTIONS].some((entry) => entry.id === id), example.path).toBe(true);
    }
  });

  it('has a complete site.yaml example, with every government-site identifier and contact field, that the schema accepts', () => {
    expect(GUIDE_SITE_EXAMPLES).toHaveLength(1);
    const result = siteSchema.safeParse(GUIDE_SITE_EXAMPLES[0]);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    const governmentFields = Object.keys(siteSchema.shape.governmentSite.unwrap().shape);
    expect(Object.keys(result.data!.governmentSite!)).toEqual(governmentFields);
    expect(Object.keys(result.data!.contact!).sort()).toEqual(['address', 'email', 'note', 'phone']);
  });

  it('shows how to make every kind with npm run new, and names every status staff may write and every flag of an update', () => {
    for (const kind of SCAFFOLD_KINDS) expect(GUIDE, kind).toContain(`npm run new -- ${kind} `);
    for (const status of REPORTED_STATUSES) expect(GUIDE).toContain(`\`${status}\``);
    for (const question of QUESTIONS.update) expect(GUIDE).toContain(`--${question.flag}`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(resolve(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('docs/staff-guide.md');
  });
});
