import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { entryById } from '../../core/lookup.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { TypicalCase } from '../../schemas/typical-case.ts';
import { entriesInListOrder } from './in-list-order.ts';
import { sourceLine, type SourceLineView } from './source-line.ts';

export interface CasePage {
  jurisdictionName: string;
  inspection: Entry<Inspection> | undefined;
  /** The tasks it names that the ledger has, in the order it names them. */
  tasks: TaskView[];
  /** The findings it names, in ledger order. */
  findings: Entry<Finding>[];
  source: SourceLineView;
}

/** What a typical case's page shows besides its text; everything is looked up by id. */
export function casePage(ledger: Ledger, entry: Entry<TypicalCase>): CasePage {
  const data = entry.data;
  return {
    jurisdictionName: ledger.jurisdictions.get(data.jurisdiction)?.data.name ?? '',
    inspection: data.inspection ? entryById(ledger.inspections, data.inspection) : undefined,
    tasks: data.tasks.map((id) => ledger.taskById.get(id)).filter((view) => view !== undefined),
    findings: entriesInListOrder(ledger.findings, data.findings),
    source: sourceLine(ledger, data.source),
  };
}
