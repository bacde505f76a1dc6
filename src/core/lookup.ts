/**
 * Lookups built once per list and then shared. A 10,000-task build asks "the places of this
 * task" or "the place with this id" tens of thousands of times; scanning the whole list each
 * time made the build quadratic. The lookups are kept per list object, so a new ledger (a
 * test's, another build's) gets its own.
 */
const groups = new WeakMap<object, Map<string, Map<unknown, unknown[]>>>();

/** The items of `list` grouped by `key`, built the first time `name` is asked of this list. */
export function groupOnce<T, K>(list: readonly T[], name: string, key: (item: T) => K): ReadonlyMap<K, readonly T[]> {
  return groupByEachOnce(list, name, (item) => [key(item)]);
}

/**
 * The items of `list` grouped under each of the keys `keys` gives them (an article under each
 * task it names), each item once per key, built the first time `name` is asked of this list.
 */
export function groupByEachOnce<T, K>(list: readonly T[], name: string, keys: (item: T) => Iterable<K>): ReadonlyMap<K, readonly T[]> {
  let named = groups.get(list);
  if (!named) groups.set(list, (named = new Map()));
  let grouped = named.get(name) as Map<K, T[]> | undefined;
  if (!grouped) {
    grouped = new Map();
    for (const item of list) {
      for (const value of new Set(keys(item))) {
        const members = grouped.get(value);
        if (members) members.push(item);
        else grouped.set(value, [item]);
      }
    }
    named.set(name, grouped as Map<unknown, unknown[]>);
  }
  return grouped;
}

/** The items of `list` whose `key` is `value`, in list order. */
export function itemsWith<T, K>(list: readonly T[], name: string, key: (item: T) => K, value: K): readonly T[] {
  return groupOnce(list, name, key).get(value) ?? [];
}

/** The content entry with this id, looked up in a map built once per list. */
export function entryById<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return groupOnce(list, 'id', (entry) => entry.id).get(id)?.[0];
}

const derived = new WeakMap<object, Map<string, unknown>>();

/**
 * What `compute` derives from `owner` (a ledger, or one of its lists), worked out the first time
 * `name` is asked of that owner and then shared: the chart list, the filter options, the rows of
 * an index. A new ledger gets its own.
 */
export function derivedOnce<T>(owner: object, name: string, compute: () => T): T {
  let named = derived.get(owner);
  if (!named) derived.set(owner, (named = new Map()));
  if (!named.has(name)) named.set(name, compute());
  return named.get(name) as T;
}
