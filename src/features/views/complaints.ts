import { COMPLAINT_KINDS, COMPLAINT_OUTCOMES, type Complaint } from '../../schemas/complaint.ts';
import type { Entry } from '../../core/ledger.ts';

export interface CountRow {
  key: string;
  count: number;
}

/** One kind of action taken, totalled over the records that state it: `拘留 2 人`, stated by 1 of 3 records. */
export interface ComplaintAction {
  term: string;
  value: number;
  unit: string;
  /** How many records state it. */
  stated: number;
}

export interface ComplaintStatistics {
  total: number;
  byJurisdiction: CountRow[];
  /** A complaint about several kinds of pollution counts once under each. */
  byKind: CountRow[];
  byOutcome: CountRow[];
  /** By the month it was transferred, oldest first (YYYY-MM). */
  byMonth: CountRow[];
  /** What was done, in the source's words, only the kinds some record states (no `拘留 0 人` that no record says). */
  actions: ComplaintAction[];
}

function tally(keys: readonly string[], order?: readonly string[]): CountRow[] {
  const counts = new Map<string, number>();
  for (const key of order ?? []) counts.set(key, 0);
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rows = [...counts.entries()].map(([key, count]) => ({ key, count }));
  // Fixed vocabularies keep their order (dropping empty rows); open ones go by count, then name.
  return order ? rows.filter((row) => row.count > 0) : rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

type Actions = Complaint['actions'];
// Each action as pages name it: a yes-or-no counts the records that say yes; an amount is summed over those that give one.
const ACTIONS: { term: string; unit: string; pick: (actions: Actions) => boolean | number | undefined }[] = [
  { term: '责令整改', unit: '件', pick: (actions) => actions.orderedToRectify },
  { term: '立案调查', unit: '件', pick: (actions) => actions.investigationOpened },
  { term: '立案处罚', unit: '件', pick: (actions) => actions.caseOpened },
  { term: '罚款', unit: '万元', pick: (actions) => actions.fineTenThousandYuan },
  { term: '拘留', unit: '人', pick: (actions) => actions.detained },
  { term: '问责', unit: '人', pick: (actions) => actions.heldAccountable },
];

/** Counts of complaints by jurisdiction id, kind, outcome and month, and the totals of what was done. */
export function complaintStatistics(complaints: readonly Entry<Complaint>[]): ComplaintStatistics {
  const data = complaints.map((entry) => entry.data);
  const actions = ACTIONS.flatMap(({ term, unit, pick }): ComplaintAction[] => {
    const given = data.map((complaint) => pick(complaint.actions)).filter((value) => value !== undefined && value !== false);
    if (given.length === 0) return [];
    const value = given.reduce<number>((total, value) => total + (value === true ? 1 : value), 0);
    return [{ term, unit, value: Math.round(value * 1e6) / 1e6, stated: given.length }];
  });
  return {
    total: data.length,
    byJurisdiction: tally(data.map((complaint) => complaint.jurisdiction)),
    byKind: tally(data.flatMap((complaint) => complaint.kinds), COMPLAINT_KINDS),
    byOutcome: tally(data.map((complaint) => complaint.outcome), COMPLAINT_OUTCOMES),
    byMonth: tally(data.map((complaint) => complaint.received.slice(0, 7))).sort((a, b) => a.key.localeCompare(b.key)),
    actions,
  };
}
