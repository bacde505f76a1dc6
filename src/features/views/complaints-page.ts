import type { Entry, Ledger } from '../../core/ledger.ts';
import { itemsWith } from '../../core/lookup.ts';
import { nameOf } from '../../core/names.ts';
import type { Complaint, ComplaintTotals } from '../../schemas/complaint.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import { complaintStatistics, type ComplaintStatistics, type CountRow } from './complaints.ts';
import { sourceLine, type SourceLineView } from './source-line.ts';

/** A table of counts as the CountTable component shows it: each row's key in words, and the total. */
export interface CountTableView {
  rows: { label: string; count: number }[];
  total: number;
}

/** Count rows with their keys put in words (an id's name, a month in Chinese) and their total. */
export function countTable(rows: readonly CountRow[], label: (key: string) => string = (key) => key): CountTableView {
  return { rows: rows.map((row) => ({ label: label(row.key), count: row.count })), total: rows.reduce((sum, row) => sum + row.count, 0) };
}

export interface ComplaintSection {
  inspection: Entry<Inspection>;
  /** The complaints handed over, each with the name of its county. */
  complaints: { complaint: Entry<Complaint>; jurisdictionName: string }[];
  statistics: ComplaintStatistics;
  tables: { byJurisdiction: CountTableView; byKind: CountTableView; byOutcome: CountTableView; byMonth: CountTableView };
  /** The totals as published, oldest first, each with its source. */
  totals: { row: ComplaintTotals; source: SourceLineView }[];
}

const month = (key: string) => `${Number(key.slice(0, 4))}年${Number(key.slice(5, 7))}月`;

/** The complaints page: one section per inspection that has complaints or published totals. */
export function complaintsPage(ledger: Ledger): ComplaintSection[] {
  const jurisdictionName = (id: string) => nameOf(ledger, 'jurisdictions', id);
  return ledger.inspections
    .map((inspection) => {
      const complaints = itemsWith(ledger.complaints, 'inspection', (complaint) => complaint.data.inspection, inspection.id);
      const statistics = complaintStatistics(complaints);
      return {
        inspection,
        complaints: complaints.map((complaint) => ({ complaint, jurisdictionName: jurisdictionName(complaint.data.jurisdiction) })),
        statistics,
        tables: {
          byJurisdiction: countTable(statistics.byJurisdiction, jurisdictionName),
          byKind: countTable(statistics.byKind),
          byOutcome: countTable(statistics.byOutcome),
          byMonth: countTable(statistics.byMonth, month),
        },
        totals: inspection.data.complaintTotals.map((row) => ({ row, source: sourceLine(ledger, row.source) })),
      };
    })
    .filter((section) => section.complaints.length > 0 || section.totals.length > 0);
}
