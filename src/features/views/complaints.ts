import { COMPLAINT_KINDS, COMPLAINT_OUTCOMES, type Complaint } from '../../schemas/complaint.ts';
import type { Entry } from '../../core/ledger.ts';

export interface CountRow {
  key: string;
  count: number;
}

export interface ComplaintStatistics {
  total: number;
  byJurisdiction: CountRow[];
  /** A complaint about several kinds of pollution counts once under each. */
  byKind: CountRow[];
  byOutcome: CountRow[];
  /** By the month it was transferred, oldest first (YYYY-MM). */
  byMonth: CountRow[];
  orderedToRectify: number;
  casesOpened: number;
  fineTenThousandYuan: number;
  detained: number;
  heldAccountable: number;
}

function tally(keys: readonly string[], order?: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const key of order ?? []) counts.set(key, 0);
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rows = [...counts.entries()].map(([key, count]) => ({ key, count }));
  // Fixed vocabularies keep their order (dropping empty rows); open ones go by count, then name.
  return order ? rows.filter((row) => row.count > 0) : rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Counts of complaints by jurisdiction id, kind, outcome and month, and the totals of what was done. */
export function complaintStatistics(complaints: readonly Entry<Complaint>[]): ComplaintStatistics {
  const data = complaints.map((entry) => entry.data);
  const sum = (pick: (complaint: Complaint) => number | undefined) => Math.round(data.reduce((total, complaint) => total + (pick(complaint) ?? 0), 0) * 1e6) / 1e6;
  return {
    total: data.length,
    byJurisdiction: tally(data.map((complaint) => complaint.jurisdiction)),
    byKind: tally(data.flatMap((complaint) => complaint.kinds), COMPLAINT_KINDS),
    byOutcome: tally(data.map((complaint) => complaint.outcome), COMPLAINT_OUTCOMES),
    byMonth: tally(data.map((complaint) => complaint.received.slice(0, 7))).sort((a, b) => a.key.localeCompare(b.key)),
    orderedToRectify: data.filter((complaint) => complaint.actions.orderedToRectify).length,
    casesOpened: data.filter((complaint) => complaint.actions.caseOpened).length,
    fineTenThousandYuan: sum((complaint) => complaint.actions.fineTenThousandYuan),
    detained: sum((complaint) => complaint.actions.detained),
    heldAccountable: sum((complaint) => complaint.actions.heldAccountable),
  };
}
