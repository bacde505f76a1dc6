import { defineCollection } from 'astro:content';
import { checkedLoader } from './integrations/content-loader.ts';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';

// Every collection of the registry (src/schemas/collections.ts), filled with what the content
// check read and accepted; its schema gives the entries their types.
function collection<Name extends CollectionName>(name: Name) {
  return defineCollection({ loader: checkedLoader(name), schema: COLLECTIONS[name].schema as (typeof COLLECTIONS)[Name]['schema'] });
}

export const collections = Object.fromEntries(
  (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, collection(name)]),
) as { [Name in CollectionName]: ReturnType<typeof collection<Name>> };
