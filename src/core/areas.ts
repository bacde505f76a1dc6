import type { Entry } from './ledger.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';

/**
 * The areas a deployment is read by (its 县（区）): the kinds of jurisdiction that get an area
 * page and a filter, and what pages call them. A prefecture-level city is read by its counties,
 * districts, zones and 市本级; a county-level city by its townships and subdistricts
 * (`areas` in site.yaml).
 */
export interface Areas {
  /** What a page calls them: `县（区）`, `乡镇（街道）`. */
  label: string;
  /** The label without brackets, where it runs into other words (菜单 `县区`, `各县区着色`). */
  short: string;
  kinds: ReadonlySet<Jurisdiction['kind']>;
}

export const DEFAULT_AREA_LABEL = '县（区）';
export const DEFAULT_AREA_KINDS: readonly Jurisdiction['kind'][] = ['county', 'district', 'county-level-city', 'functional-zone', 'city-level'];

/** The areas of site.yaml's `areas`, or a prefecture-level city's when it says nothing. */
export function areasOf(settings?: { label?: string | undefined; kinds?: readonly Jurisdiction['kind'][] | undefined }): Areas {
  const label = settings?.label ?? DEFAULT_AREA_LABEL;
  return { label, short: label.replace(/[（）()]/g, ''), kinds: new Set(settings?.kinds ?? DEFAULT_AREA_KINDS) };
}

/** The areas in a sentence, with the zones and 市本级 among them, when the content has any: `县（区）、功能区和市本级`. */
export function areasInFull(ledger: { areas: Areas; jurisdictions: ReadonlyMap<string, Entry<Jurisdiction>> }): string {
  const present = new Set([...ledger.jurisdictions.values()].map((entry) => entry.data.kind).filter((kind) => ledger.areas.kinds.has(kind)));
  const also = [present.has('functional-zone') ? '功能区' : '', present.has('city-level') ? '市本级' : ''].filter(Boolean);
  return also.length === 0 ? ledger.areas.label : `${ledger.areas.label}、${also.join('和')}`;
}

/** Whether a jurisdiction is one of the deployment's areas (it has an area page and a filter). */
export function isArea(ledger: { areas: Areas }, jurisdiction: Entry<Jurisdiction>): boolean {
  return ledger.areas.kinds.has(jurisdiction.data.kind);
}
