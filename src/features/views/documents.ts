import { chineseNumeral } from '../../core/dates.ts';
import type { Entry, Ledger } from '../../core/ledger.ts';
import { derivedOnce, itemsWith } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import type { LedgerDocument } from '../../schemas/document.ts';
import { DOCUMENT_KIND_LABELS } from './document-kinds.ts';

export interface Citation {
  /** What cites the document, as a reader would name it. */
  label: string;
  /** Site path of the citing page. */
  path: string;
}


/**
 * Everything on the site that relies on a document: plans written from it, tasks and places
 * sourced from it, updates that give it as evidence, inspections, complaints and cases. Each
 * page appears once, in that order. The ledger is read once for all documents, so a document's
 * page costs only its own citations.
 */
export function documentCitations(ledger: Ledger, documentId: string): Citation[] {
  const index = derivedOnce(ledger, 'document citations', () => citationIndex(ledger));
  return index.get(documentId) ?? [];
}

function citationIndex(ledger: Ledger): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const seen = new Set<string>();
  const add = (documentId: string, label: string, path: string) => {
    const key = `${documentId}\n${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    const citations = index.get(documentId);
    if (citations) citations.push({ label, path });
    else index.set(documentId, [{ label, path }]);
  };
  for (const plan of ledger.plans) add(plan.data.document, plan.data.title, paths.plan(plan.id));
  for (const inspection of ledger.inspections) {
    const cited = [...inspection.data.documents, ...inspection.data.complaintTotals.map((totals) => totals.source.document)];
    for (const documentId of cited) add(documentId, inspection.data.name, paths.inspection(inspection.id));
  }
  for (const view of ledger.tasks) {
    const taskLabel = `整改任务${chineseNumeral(view.task.number)}：${view.task.title}`;
    const cited = [
      view.task.source.document,
      ...view.task.documents,
      ...view.updates.flatMap((update) => update.data.evidence?.documents.map((reference) => reference.document) ?? []),
      ...itemsWith(ledger.places, 'task', (place) => place.data.task, view.id).map((place) => place.data.source.document),
    ];
    for (const documentId of cited) add(documentId, taskLabel, paths.task(view.id));
  }
  for (const complaint of ledger.complaints) add(complaint.data.source.document, '群众信访举报办理情况', paths.complaints());
  for (const entry of ledger.cases) add(entry.data.source.document, entry.data.title, paths.typicalCase(entry.id));
  return index;
}

export interface DocumentPage {
  document: Entry<LedgerDocument>;
  kindLabel: string;
  /** The pages that cite it, each once. */
  citations: Citation[];
}

/** What a document's page shows: the document, its kind in words, and the pages that cite it. */
export function documentPage(ledger: Ledger, id: string): DocumentPage {
  const document = ledger.documents.get(id)!;
  return { document, kindLabel: DOCUMENT_KIND_LABELS[document.data.kind], citations: documentCitations(ledger, id) };
}

/** The documents for the document library, newest first and by title within a date (undated last). */
export function documentLibrary(ledger: Ledger): Entry<LedgerDocument>[] {
  return [...ledger.documents.values()].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.data.title.localeCompare(b.data.title));
}
