import { FINDING_STATE_ORDER, FINDING_STATES, planStateSentence, type FindingState, type PlanState } from '../../core/findings.ts';
import type { FindingView, Ledger, TaskView } from '../../core/ledger.ts';
import { groupByEachOnce, itemsWith } from '../../core/lookup.ts';
import { findingTitle, nameOf } from '../../core/names.ts';
import { paths } from '../../core/urls.ts';
import { statedQuantity } from '../../core/quantities.ts';
import type { Tone } from '../../core/status.ts';
import { isArea } from '../../core/areas.ts';
import { sourceLine, type SourceLineView } from './source-line.ts';
import { findingTermId } from './glossary.ts';

/** A finding's state as a badge shows it. */
export interface FindingBadgeView {
  label: string;
  tone: Tone;
  reason: string;
  /** Its entry in the glossary (术语说明). */
  term: string;
}

export function findingBadge(view: FindingView): FindingBadgeView {
  const info = FINDING_STATES[view.state.state];
  return { label: info.label, tone: info.tone, reason: view.state.reason, term: paths.term(findingTermId(view.state.state)) };
}

/** One finding in a list: its title, text, state and the tasks answering it. */
export interface FindingRow {
  id: string;
  path: string;
  /** How the page names it: its source's label, or 反馈问题N. */
  title: string;
  /** Its number in its source, and the source's own label (省整改任务第十项) when it has one. */
  number: number;
  label: string | undefined;
  heading: string | undefined;
  text: string;
  badge: FindingBadgeView;
}

export function findingRow(view: FindingView): FindingRow {
  return {
    id: view.id,
    path: paths.finding(view.id),
    title: findingTitle(view.data),
    number: view.data.number,
    label: view.data.label,
    heading: view.data.heading,
    text: view.data.text,
    badge: findingBadge(view),
  };
}

function taskLink(view: TaskView): { path: string; label: string } {
  return { path: paths.task(view.id), label: `${view.plan?.data.shortTitle ?? ''}整改任务${view.task.number}：${view.task.title}` };
}

export interface FindingPage {
  title: string;
  heading: string | undefined;
  text: string;
  inspection: { path: string; name: string } | undefined;
  badge: FindingBadgeView;
  /** Its inspection's plan in one sentence (published on a date, or due and how late), and the plan's page once published. */
  plan: { sentence: string; path: string | undefined; title: string | undefined; counting: string | null };
  quantities: string[];
  jurisdictions: { path: string | undefined; name: string }[];
  places: { id: string; name: string }[];
  tasks: (ReturnType<typeof taskLink> & { task: TaskView })[];
  source: SourceLineView | undefined;
}

/** What a finding's page shows: everything looked up by id, its state derived in the ledger. */
export function findingPage(ledger: Ledger, view: FindingView): FindingPage {
  const data = view.data;
  return {
    title: findingTitle(data),
    heading: data.heading,
    text: data.text,
    inspection: view.inspection && { path: paths.inspection(view.inspection.id), name: view.inspection.data.name },
    badge: findingBadge(view),
    plan: {
      sentence: planStateSentence(view.plan),
      path: view.plan.published ? paths.plan(view.plan.plan.id) : undefined,
      title: view.plan.published ? view.plan.plan.data.title : undefined,
      counting: view.plan.published ? null : view.plan.counting,
    },
    quantities: data.quantities.map(statedQuantity),
    jurisdictions: data.jurisdictions.map((id) => {
      const area = ledger.jurisdictions.get(id);
      return { path: area && isArea(ledger, area) ? paths.county(id) : undefined, name: nameOf(ledger, 'jurisdictions', id) };
    }),
    places: data.places.map((id) => ({ id, name: nameOf(ledger, 'places', id) })),
    tasks: view.tasks.map((task) => ({ ...taskLink(task), task })),
    source: data.source && sourceLine(ledger, data.source),
  };
}

/**
 * The findings that concern a jurisdiction, in ledger order: those that name it, and every finding
 * of an inspection of that jurisdiction (a municipal inspection's feedback to a district concerns
 * the district throughout, whether or not each finding repeats its name).
 */
export function findingsOfJurisdiction(ledger: Ledger, jurisdiction: string): readonly FindingView[] {
  const concerned = (view: FindingView) => [...view.data.jurisdictions, ...(view.inspection ? [view.inspection.data.inspectedJurisdiction] : [])];
  return groupByEachOnce(ledger.findings, 'jurisdictions concerned', concerned).get(jurisdiction) ?? [];
}

/** The findings some of these tasks answer, each once, in ledger order. */
export function findingsAnswered(ledger: Ledger, tasks: readonly TaskView[]): FindingView[] {
  const named = new Set(tasks.flatMap((view) => view.task.findings));
  return ledger.findings.filter((view) => named.has(view.id));
}

/** How many findings are in each state, in the order counts show them, leaving out states with none. */
export function findingStateCounts(findings: readonly FindingView[]): { state: FindingState; label: string; tone: Tone; count: number }[] {
  return FINDING_STATE_ORDER.map((state) => ({ state, ...FINDING_STATES[state], count: findings.filter((view) => view.state.state === state).length })).filter((row) => row.count > 0);
}

/** The findings index: every inspection with findings, its plan's state and its findings. */
export interface FindingsIndex {
  inspections: { path: string; name: string; plan: string; counts: ReturnType<typeof findingStateCounts>; rows: FindingRow[] }[];
}

export function findingsIndex(ledger: Ledger): FindingsIndex {
  return {
    inspections: ledger.inspections
      .map((inspection) => {
        const findings = itemsWith(ledger.findings, 'inspection', (view) => view.data.inspection, inspection.id);
        const plan: PlanState | undefined = findings[0]?.plan;
        return { path: paths.inspection(inspection.id), name: inspection.data.name, plan: plan ? planStateSentence(plan) : '', counts: findingStateCounts(findings), rows: findings.map(findingRow) };
      })
      .filter((group) => group.rows.length > 0),
  };
}
