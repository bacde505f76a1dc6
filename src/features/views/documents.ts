import { chineseNumeral } from '../../core/dates.ts';
import type { Ledger } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';

export interface Citation {
  /** What cites the document, as a reader would name it. */
  label: string;
  /** Site path of the citing page. */
  path: string;
}

/**
 * Everything on the site that relies on a document: plans written from it, tasks and places
 * sourced from it, updates that give it as evidence, inspections, complaints and cases. Each
 * page appears once, in that order.
 */
export function documentCitations(ledger: Ledger, documentId: string): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const add = (label: string, path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    citations.push({ label, path });
  };
  for (const plan of ledger.plans) if (plan.data.document === documentId) add(plan.data.title, paths.plan(plan.id));
  for (const inspection of ledger.inspections) {
    const cites = inspection.data.documents.includes(documentId) || inspection.data.complaintTotals.some((totals) => totals.source.document === documentId);
    if (cites) add(inspection.data.name, paths.inspection(inspection.id));
  }
  for (const view of ledger.tasks) {
    const taskLabel = `整改任务${chineseNumeral(view.task.number)}：${view.task.title}`;
    if (view.task.source.document === documentId || view.task.documents.includes(documentId)) add(taskLabel, paths.task(view.id));
    if (view.updates.some((update) => update.data.evidence?.documents.some((reference) => reference.document === documentId))) add(taskLabel, paths.task(view.id));
    if (ledger.places.some((place) => place.data.task === view.id && place.data.source.document === documentId)) add(taskLabel, paths.task(view.id));
  }
  if (ledger.complaints.some((complaint) => complaint.data.source.document === documentId)) add('群众信访举报办理情况', paths.complaints());
  for (const entry of ledger.cases) if (entry.data.source.document === documentId) add(entry.data.title, paths.typicalCase(entry.id));
  return citations;
}
