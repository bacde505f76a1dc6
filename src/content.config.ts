import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryIdFromPath, type CollectionName } from './schemas/collections.ts';
import { contentRoot } from './lib/site-config.ts';

// Each collection is a folder of content/ with the schema src/schemas/collections.ts assigns
// it. References between entries are checked by src/lib/content-check before the build
// starts (src/integrations/content-check.ts), with messages written for staff.
function loader(name: CollectionName) {
  const { folder, pattern } = COLLECTIONS[name];
  return glob({ pattern, base: `${contentRoot()}/${folder}`, generateId: ({ entry }) => entryIdFromPath(entry) });
}

export const collections = {
  jurisdictions: defineCollection({ loader: loader('jurisdictions'), schema: COLLECTIONS.jurisdictions.schema }),
  units: defineCollection({ loader: loader('units'), schema: COLLECTIONS.units.schema }),
  documents: defineCollection({ loader: loader('documents'), schema: COLLECTIONS.documents.schema }),
  inspections: defineCollection({ loader: loader('inspections'), schema: COLLECTIONS.inspections.schema }),
  findings: defineCollection({ loader: loader('findings'), schema: COLLECTIONS.findings.schema }),
  plans: defineCollection({ loader: loader('plans'), schema: COLLECTIONS.plans.schema }),
  tasks: defineCollection({ loader: loader('tasks'), schema: COLLECTIONS.tasks.schema }),
  updates: defineCollection({ loader: loader('updates'), schema: COLLECTIONS.updates.schema }),
  places: defineCollection({ loader: loader('places'), schema: COLLECTIONS.places.schema }),
  complaints: defineCollection({ loader: loader('complaints'), schema: COLLECTIONS.complaints.schema }),
  cases: defineCollection({ loader: loader('cases'), schema: COLLECTIONS.cases.schema }),
  news: defineCollection({ loader: loader('news'), schema: COLLECTIONS.news.schema }),
  indicators: defineCollection({ loader: loader('indicators'), schema: COLLECTIONS.indicators.schema }),
};
