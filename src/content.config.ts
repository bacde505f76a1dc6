import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryIdFromPath } from './schemas/collections.ts';
import { contentRoot } from './lib/site-config.ts';

// Each collection is a folder of content/ with the schema that src/schemas/collections.ts
// assigns to it. References between entries are checked by src/lib/content-check before the
// build starts (astro.config.mjs), with messages written for staff.
function collection<Name extends keyof typeof COLLECTIONS>(name: Name) {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({
      pattern: spec.pattern,
      base: `${contentRoot()}/${spec.folder}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: spec.schema as (typeof COLLECTIONS)[Name]['schema'],
  });
}

export const collections = {
  jurisdictions: collection('jurisdictions'),
  units: collection('units'),
  documents: collection('documents'),
  inspections: collection('inspections'),
  findings: collection('findings'),
  plans: collection('plans'),
  tasks: collection('tasks'),
  updates: collection('updates'),
  places: collection('places'),
};
