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
  totals: TotalsView[];
}

/** Complaint totals as a page shows them: the figures in the source's own words, the passage quoted, the source. */
export interface TotalsView {
  /** The date they stand at, as precise as the source gives it. */
  asOf: string;
  figures: ComplaintTotals['figures'];
  /** The figures in one line, in the source's order and words: `受理群众信访举报42件，责令整改15家`. */
  sentence: string;
  quote: string;
  source: SourceLineView;
}

export function totalsView(ledger: Pick<Ledger, 'documents'>, totals: ComplaintTotals): TotalsView {
  return {
    asOf: totals.asOf,
    figures: totals.figures,
    sentence: totals.figures.map((figure) => `${figure.term}${figure.value}${figure.unit}`).join('，'),
    quote: totals.source.quote,
    source: sourceLine(ledger, totals.source),
  };
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
        totals: inspection.data.complaintTotals.map((row) => totalsView(ledger, row)),
      };
    })
    .filter((section) => section.complaints.length > 0 || section.totals.length > 0);
}
