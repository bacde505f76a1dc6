import type { Target } from '../../schemas/target.ts';
import type { Measure } from '../../schemas/task.ts';
import type { Ledger, TaskView } from '../../core/ledger.ts';
import { entryById } from '../../core/lookup.ts';
import { absoluteUrl, paths } from '../../core/urls.ts';
import { nameOf, reporterName } from '../../core/names.ts';

/**
 * The public data interface `/data/tasks.json`. Fields are only ever added, never renamed or
 * removed: journalists' scripts depend on them. Units and jurisdictions appear as their
 * Chinese names as written in the plan.
 */
export interface TasksJson {
  asOf: string;
  tasks: ReturnType<typeof taskRecord>[];
}

function names(ids: readonly string[], lookup: (id: string) => string): string[] {
  return ids.map(lookup);
}

function targetRecord(target: Target, jurisdictionName: (id: string) => string) {
  return {
    metric: target.metric,
    unit: target.unit,
    value: target.value,
    comparison: target.comparison,
    cumulative: target.cumulative,
    due: target.due ?? null,
    jurisdiction: target.jurisdiction ? jurisdictionName(target.jurisdiction) : null,
    includes: target.includes,
    breakdown: target.breakdown.map((row) => ({ jurisdiction: jurisdictionName(row.jurisdiction), value: row.value })),
  };
}

/** A numbered sub-item of a measure (`(1)` …): its own units (none when the measure's apply) and the places it is about. */
function itemRecord(item: Measure['items'][number], ledger: Ledger, unitName: (id: string) => string) {
  return {
    label: item.label,
    text: item.text,
    responsibleUnits: names(item.responsibleUnits ?? [], unitName),
    places: item.places.map((id) => ({ id, name: nameOf(ledger, 'places', id) })),
  };
}

/** A finding a task answers. The content check refuses a task naming a finding that does not exist. */
function findingRecord(id: string, ledger: Ledger, siteUrl: string) {
  const finding = entryById(ledger.findings, id)!;
  return {
    id,
    url: absoluteUrl(paths.finding(id), siteUrl),
    number: finding.data.number,
    label: finding.data.label ?? null,
    text: finding.data.text,
  };
}

function taskRecord(view: TaskView, ledger: Ledger, siteUrl: string) {
  const unitName = (id: string) => nameOf(ledger, 'units', id);
  const jurisdictionName = (id: string) => nameOf(ledger, 'jurisdictions', id);
  const { task } = view;
  return {
    id: view.id,
    url: absoluteUrl(paths.task(view.id), siteUrl),
    inspection: view.inspection?.id ?? null,
    plan: task.plan,
    number: task.number,
    provincialTaskNumber: task.provincialTaskNumber ?? null,
    title: task.title,
    finding: task.finding,
    findings: task.findings.map((id) => findingRecord(id, ledger, siteUrl)),
    responsibleUnits: names(task.responsibleUnits, unitName),
    supervisingUnits: names(task.supervisingUnits, unitName),
    acceptanceUnit: unitName(view.acceptanceUnit),
    deadline: { text: task.deadline.text, date: task.deadline.month, ongoing: task.deadline.ongoing },
    goal: task.goal,
    status: view.status.status,
    statusDerived: view.status.derived,
    measures: view.measures.map((measure) => ({
      number: measure.measure.number,
      text: measure.measure.text,
      responsibleUnits: names(measure.measure.responsibleUnits, unitName),
      due: measure.measure.due ?? null,
      status: measure.status.status,
      statusDerived: measure.status.derived,
      targets: measure.measure.targets.map((target) => targetRecord(target, jurisdictionName)),
      items: measure.measure.items.map((item) => itemRecord(item, ledger, unitName)),
    })),
    updates: view.updates.map((update) => ({
      id: update.id,
      date: update.data.date,
      status: update.data.status,
      measure: update.data.measure ?? null,
      place: update.data.place ?? null,
      // 整改方案原文 for progress the plan itself states, which no unit reported (a string, as ever).
      reportedBy: reporterName(ledger, update.data),
      summary: update.data.summary,
    })),
  };
}

export function tasksJson(ledger: Ledger, siteUrl: string): TasksJson {
  return { asOf: ledger.asOf, tasks: ledger.tasks.map((view) => taskRecord(view, ledger, siteUrl)) };
}
