import type { Ledger } from './ledger.ts';
import { entryById } from './lookup.ts';

/** The kinds of entry a page names by id. */
export type NamedKind = 'units' | 'jurisdictions' | 'places';

/**
 * The name of a unit, jurisdiction or place as content writes it, or its id when no entry has
 * that id (so a page never shows an empty name). The one lookup of names for pages, feeds,
 * downloads, charts and the sheet.
 */
export function nameOf(ledger: Pick<Ledger, NamedKind>, kind: NamedKind, id: string): string {
  const entry = kind === 'places' ? entryById(ledger.places, id) : ledger[kind].get(id);
  return entry?.data.name ?? id;
}

/** The names of several entries, in the order given. */
export function namesOf(ledger: Pick<Ledger, NamedKind>, kind: NamedKind, ids: readonly string[]): string[] {
  return ids.map((id) => nameOf(ledger, kind, id));
}
