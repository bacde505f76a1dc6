import { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';

/** Ids of entries: lower-case letters, digits and hyphens, with `/` between folders. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

// Only through `ref`: a field that holds an id always says whose id it is.
const entryId = z.string().regex(ID_PATTERN, {
  message:
    '编号只能用小写英文字母、数字和连字符，例如 city-cei2/06。\nAn id uses lower-case letters, digits and hyphens only, e.g. city-cei2/06.',
});

/**
 * What a field of a schema points to, declared where the field is written so that one walker
 * (src/features/check/references.ts) checks every reference and no list of them is kept
 * anywhere else:
 * - `{ collection }`: the value is the id of an entry of that collection (`ref('units')`);
 * - `{ measureOf }`: the value is the number of a measure (整改措施) of the task whose id the
 *   sibling field `measureOf` holds (`measureRef('task')`).
 */
export type Reference = { collection: CollectionName } | { measureOf: string };

/**
 * The schemas that point at something, with what they point at. A schema derived from one of
 * them by a check (`.min(1)`) inherits the declaration; wrapping it (`.optional()`, `z.array()`)
 * keeps it inside, where the walker finds it.
 */
// Typed with plain strings: the collection names come from the registry, which is made of these schemas.
const references = z.registry<{ collection: string } | { measureOf: string }>();

/**
 * An entry id that names an entry of `collection`, e.g. `ref('units')` for a unit id. The name is
 * plain text here because the registry's type is made of these schemas; a test holds every
 * declared collection to a name of the registry (tests/lib/references.test.ts).
 */
export function ref(collection: string): typeof entryId {
  return entryId.clone().register(references, { collection });
}

/** The number of one measure of the task named by the sibling field `taskField` (`measure` beside `task`). */
export function measureRef(taskField: string): z.ZodNumber {
  return z.number().int().positive().register(references, { measureOf: taskField });
}

/** What `schema` points to, when it was declared with `ref` or `measureRef` (or derived from one by a check). */
export function referenceOf(schema: z.core.$ZodType): Reference | undefined {
  return references.get(schema) as Reference | undefined;
}
