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

/**
 * A name as one item of a list in a sentence: a name holding 、 itself (东岸县委、县政府) is
 * quoted, so that 、 between names never makes two units read as four.
 */
export function listedName(name: string): string {
  return name.includes('、') ? `“${name}”` : name;
}

/** Names in a sentence, separated by 、, each read as one (`listedName`). */
export function joinNames(names: readonly string[]): string {
  return names.map(listedName).join('、');
}

/** Names in a sentence: `A、B、C`, or beyond `limit` names `A、B等5个单位`. */
export function unitsInBrief(names: readonly string[], limit: number): string {
  return names.length <= limit ? joinNames(names) : `${joinNames(names.slice(0, limit))}等${names.length}个单位`;
}

/** The name of an inspection (督察) as content writes it, or its id when there is none. */
export function inspectionName(ledger: Pick<Ledger, 'inspections'>, id: string): string {
  return entryById(ledger.inspections, id)?.data.name ?? id;
}

/**
 * What an update is about, after its task's name: its measure and its place (`第3条措施（锅洞河煤矿）`),
 * so that a report on one place never reads as the whole measure's; `（锅洞河煤矿）` for a place
 * without a measure, '' for the task as a whole. `separator` goes before a measure (`，` in a sentence).
 */
export function updateScope(ledger: Pick<Ledger, NamedKind>, update: { measure?: number | undefined; place?: string | undefined }, separator = ''): string {
  const measure = update.measure !== undefined ? `${separator}第${update.measure}条措施` : '';
  const place = update.place !== undefined ? `（${nameOf(ledger, 'places', update.place)}）` : '';
  return `${measure}${place}`;
}

/** Who an update without a reporting unit is by: the plan states the progress itself. */
export const STATED_BY_PLAN = '整改方案原文';

/** The reporting unit's name, or STATED_BY_PLAN for progress the plan itself states. */
export function reporterName(ledger: Pick<Ledger, NamedKind>, update: { reportedBy?: string | undefined }): string {
  return update.reportedBy === undefined ? STATED_BY_PLAN : nameOf(ledger, 'units', update.reportedBy);
}

/** Who an update is by, as a page says it: `报告单位：市住建局`, or `据整改方案原文` (the plan states it). */
export function reporterLine(ledger: Pick<Ledger, NamedKind>, update: { reportedBy?: string | undefined }): string {
  return update.reportedBy === undefined ? `据${STATED_BY_PLAN}` : `报告单位：${reporterName(ledger, update)}`;
}

/**
 * Who found a reopened problem (重新整改), for pages and feeds: the inspection the update names,
 * else the unit that reported it (the acceptance unit or a supervising unit). Null for other updates.
 */
export function reopenedBy(
  ledger: Pick<Ledger, 'inspections' | NamedKind>,
  update: { status: string; inspection?: string | undefined; reportedBy?: string | undefined },
): { name: string; inspection: string | undefined } | null {
  if (update.status !== '重新整改') return null;
  if (update.inspection) return { name: inspectionName(ledger, update.inspection), inspection: update.inspection };
  return { name: reporterName(ledger, update), inspection: undefined };
}

/** The title a page shows for a document id: the document's title, or the id when there is none. */
export function documentTitle(ledger: Pick<Ledger, 'documents'>, id: string): string {
  return ledger.documents.get(id)?.data.title ?? id;
}

/** A document as prose cites it: its title in book-title marks (《…》), or its id when there is no such document. */
export function citedTitle(ledger: Pick<Ledger, 'documents'>, id: string): string {
  const title = ledger.documents.get(id)?.data.title;
  return title ? `《${title}》` : id;
}

/** How a page names a finding: as its source does (`省整改任务第十项`), else by number (`反馈问题3`). */
export function findingTitle(finding: { number: number; label?: string | undefined }): string {
  return finding.label ?? `反馈问题${finding.number}`;
}
