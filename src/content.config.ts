import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { checkedLoader } from './integrations/content-loader.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from './schemas/collections.ts';

/** Each collection with its own schema's type, so that its entries are typed by it. */
type Collections = {
  [Name in CollectionName]: (typeof COLLECTIONS)[Name]['schema'] extends infer Schema extends z.ZodType ? ReturnType<typeof defineCollection<Schema, Loader>> : never;
};

// Every collection of the registry (src/schemas/collections.ts), filled with what the content
// check read and accepted (src/integrations/content-loader.ts); its schema gives the entries
// their types.
export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: checkedLoader(name), schema: COLLECTIONS[name].schema })]),
) as Collections;
