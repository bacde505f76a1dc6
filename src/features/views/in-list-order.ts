import type { Entry } from '../../core/ledger.ts';
import { entryById } from '../../core/lookup.ts';

/** Each position of an entry in its list, built once per list. */
const positions = new WeakMap<readonly object[], Map<object, number>>();

/**
 * The entries of `list` with one of these ids, each once and in list order (as filtering the
 * list by the ids would give), looked up by id instead of scanning the list.
 */
export function entriesInListOrder<T extends Entry<unknown>>(list: readonly T[], ids: readonly string[]): T[] {
  let position = positions.get(list);
  if (!position) positions.set(list, (position = new Map(list.map((entry, index) => [entry, index]))));
  const found = [...new Set(ids)].map((id) => entryById(list, id)).filter((entry) => entry !== undefined);
  return found.sort((a, b) => position.get(a)! - position.get(b)!);
}
