import { defineCollection } from 'astro:content';
import { checkedLoader } from './integrations/content-loader.ts';
import { COLLECTIONS } from './schemas/collections.ts';

// Every collection of the registry (src/schemas/collections.ts), filled with what the content
// check read and accepted (src/integrations/content-loader.ts); its schema gives the entries
// their types. Written out one by one so that each keeps its own type.
export const collections = {
  jurisdictions: defineCollection({ loader: checkedLoader('jurisdictions'), schema: COLLECTIONS.jurisdictions.schema }),
  units: defineCollection({ loader: checkedLoader('units'), schema: COLLECTIONS.units.schema }),
  documents: defineCollection({ loader: checkedLoader('documents'), schema: COLLECTIONS.documents.schema }),
  inspections: defineCollection({ loader: checkedLoader('inspections'), schema: COLLECTIONS.inspections.schema }),
  findings: defineCollection({ loader: checkedLoader('findings'), schema: COLLECTIONS.findings.schema }),
  plans: defineCollection({ loader: checkedLoader('plans'), schema: COLLECTIONS.plans.schema }),
  tasks: defineCollection({ loader: checkedLoader('tasks'), schema: COLLECTIONS.tasks.schema }),
  updates: defineCollection({ loader: checkedLoader('updates'), schema: COLLECTIONS.updates.schema }),
  places: defineCollection({ loader: checkedLoader('places'), schema: COLLECTIONS.places.schema }),
  complaints: defineCollection({ loader: checkedLoader('complaints'), schema: COLLECTIONS.complaints.schema }),
  cases: defineCollection({ loader: checkedLoader('cases'), schema: COLLECTIONS.cases.schema }),
  news: defineCollection({ loader: checkedLoader('news'), schema: COLLECTIONS.news.schema }),
  indicators: defineCollection({ loader: checkedLoader('indicators'), schema: COLLECTIONS.indicators.schema }),
} satisfies Record<keyof typeof COLLECTIONS, unknown>;
