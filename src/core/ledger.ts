import { areasOf, type Areas } from './areas.ts';
import { COLLECTION_NAMES, type CollectionName, type EntryData } from '../schemas/collections.ts';
import type { Complaint } from '../schemas/complaint.ts';
import type { LedgerDocument } from '../schemas/document.ts';
import type { Finding } from '../schemas/finding.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Inspection } from '../schemas/inspection.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { Place } from '../schemas/place.ts';
import type { Plan } from '../schemas/plan.ts';
import type { News } from '../schemas/news.ts';
import type { Measure, Task } from '../schemas/task.ts';
import type { TypicalCase } from '../schemas/typical-case.ts';
import type { Unit } from '../schemas/unit.ts';
import type { Update } from '../schemas/update.ts';
import { measureDue } from './deadlines.ts';
import { groupByEachOnce, groupOnce } from './lookup.ts';
import { workingDayCalendar, type WorkingDayCalendar } from './working-days.ts';
import { deriveFindingState, inspectionPlanState, type FindingStateResult, type PlanState } from './findings.ts';
import { compareReports, coveredMeasureStatus, deriveMeasureStatus, deriveTaskStatus, type StatusResult } from './status.ts';

/** A validated content entry: the same shape as Astro's collection entries. */
export interface Entry<Data> {
  id: string;
  data: Data;
}

/** The content the ledger is built from: every collection of the registry, by name. */
export type LedgerInput = { [Name in CollectionName]: Entry<EntryData<Name>>[] };

/**
 * Reads every collection of the registry with `read` (Astro's `getCollection` in the build),
 * keeping only each entry's id and data: the ledger's input, with no list of collections here.
 */
export async function readLedgerInput(read: (name: CollectionName) => Promise<readonly Entry<unknown>[]>): Promise<LedgerInput> {
  const input: Partial<Record<CollectionName, Entry<unknown>[]>> = {};
  for (const name of COLLECTION_NAMES) input[name] = (await read(name)).map(({ id, data }) => ({ id, data }));
  return input as LedgerInput;
}

export interface MeasureView {
  task: string;
  measure: Measure;
  status: StatusResult;
  /** Updates about this measure (or one of its places), oldest first. */
  updates: Entry<Update>[];
  /** Ids of its places: those whose file names this measure, and those its sub-items list. */
  places: string[];
}

export interface TaskView {
  id: string;
  task: Task;
  plan: Entry<Plan> | undefined;
  inspection: Entry<Inspection> | undefined;
  /** 整改验收单位: the first supervising unit, or the department hosting it (plan 五(三)). */
  acceptanceUnit: string;
  status: StatusResult;
  measures: MeasureView[];
  /** Every update on the task, its measures and places, oldest first. */
  updates: Entry<Update>[];
  /** Updates addressed to the task as a whole, oldest first. */
  taskUpdates: Entry<Update>[];
}

/** A finding (反馈问题) with the tasks that answer it and the state they give it on the as-of day. */
export interface FindingView extends Entry<Finding> {
  inspection: Entry<Inspection> | undefined;
  /** Tasks naming it in their `findings`, in plan and task order. */
  tasks: TaskView[];
  /** Its inspection's plan on the as-of day. */
  plan: PlanState;
  state: FindingStateResult;
}

export interface Ledger {
  asOf: string;
  /** The areas the site is read by (its 县（区）): src/core/areas.ts. */
  areas: Areas;
  /** Each inspection's plan on the as-of day, by inspection id: published, or due and how late. */
  planStates: Map<string, PlanState>;
  jurisdictions: Map<string, Entry<Jurisdiction>>;
  units: Map<string, Entry<Unit>>;
  documents: Map<string, Entry<LedgerDocument>>;
  inspections: Entry<Inspection>[];
  /** Findings by inspection, then number. */
  findings: FindingView[];
  plans: Entry<Plan>[];
  /** Tasks ordered by plan, then task number. */
  tasks: TaskView[];
  taskById: Map<string, TaskView>;
  updates: Entry<Update>[];
  places: Entry<Place>[];
  /** Public complaints, oldest first. */
  complaints: Entry<Complaint>[];
  /** Typical cases and news, newest first. */
  cases: Entry<TypicalCase>[];
  news: Entry<News>[];
  /** Indicators (指标) with their targets and measured values, ordered by id. */
  indicators: Entry<Indicator>[];
}

function byId<Data>(entries: Entry<Data>[]): Map<string, Entry<Data>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Updates oldest first; on the same date in their course, then by id (`compareReports`), so no file name decides a status. */
export function sortUpdates(updates: readonly Entry<Update>[]): Entry<Update>[] {
  return [...updates].sort(compareReports);
}

/** The acceptance unit (整改验收单位) of a task: plan 五(三). */
export function acceptanceUnitOf(task: Task, units: Map<string, Entry<Unit>>): string {
  const first = task.supervisingUnits[0]!;
  return units.get(first)?.data.hostUnit ?? first;
}

/** The units a unit id stands for: itself, and for a group, its members (recursively). */
export function expandUnit(id: string, units: ReadonlyMap<string, Entry<Unit>>, seen: Set<string> = new Set()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const unit = units.get(id);
  if (!unit || unit.data.members.length === 0) return [id];
  return [id, ...unit.data.members.flatMap((member) => expandUnit(member, units, seen))];
}

/**
 * A measure's status on a day, from the updates about it (those about one of its places report
 * on the place, not the measure), then covered by its task's close-out or its places all done
 * (`coveredMeasureStatus`). `task` holds every update of the task (`updates`, oldest first) and
 * those on the task as a whole (`taskUpdates`).
 */
function measureStatusOn(task: Pick<TaskView, 'task' | 'updates' | 'taskUpdates'>, view: Pick<MeasureView, 'measure' | 'updates' | 'places'>, day: string): StatusResult {
  const claims = view.updates.filter((update) => !update.data.place).map((update) => update.data);
  const own = deriveMeasureStatus({ due: measureDue(task.task, view.measure), ongoing: task.task.deadline.ongoing, claims, asOf: day });
  const taskClaims = task.taskUpdates.map((update) => update.data);
  const all = task.updates;
  const places = view.places.map((place) => all.filter((update) => update.data.place === place).map((update) => update.data));
  return coveredMeasureStatus(own, { taskClaims, places, asOf: day });
}

function taskStatusOn(task: Task, taskUpdates: readonly Entry<Update>[], measureStatuses: readonly StatusResult[], day: string): StatusResult {
  return deriveTaskStatus({ deadlineMonth: task.deadline.month, ongoing: task.deadline.ongoing, claims: taskUpdates.map((update) => update.data), measureStatuses, asOf: day });
}

/**
 * A task's and its measures' statuses on another day than the ledger's as-of day (a bulletin's
 * period end), derived by the same rules from the same updates: what the site would have shown
 * that day. Updates dated later do not count, so a past day's statuses never change.
 */
export function statusesOn(view: TaskView, day: string): { task: StatusResult; measures: StatusResult[] } {
  const measures = view.measures.map((measure) => measureStatusOn(view, measure, day));
  return { task: taskStatusOn(view.task, view.taskUpdates, measures, day), measures };
}

/** Builds the derived view of all content on an as-of day: statuses, acceptance units, histories. */
export function buildLedger(input: LedgerInput, asOf: string, calendar: WorkingDayCalendar = workingDayCalendar(), areas: Areas = areasOf()): Ledger {
  const units = byId(input.units);
  const plans = byId(input.plans);
  const inspections = byId(input.inspections);
  const updates = sortUpdates(input.updates);
  const updatesByTask = new Map<string, Entry<Update>[]>();
  for (const update of updates) {
    const list = updatesByTask.get(update.data.task) ?? [];
    list.push(update);
    updatesByTask.set(update.data.task, list);
  }

  // The places each measure has: by the place file's task and measure, and by its sub-items' lists.
  const placesByMeasure = groupOnce(input.places, 'measure', (place) => `${place.data.task}#${place.data.measure}`);
  const tasks = input.tasks
    .map((entry): TaskView => {
      const task = entry.data;
      const all = updatesByTask.get(entry.id) ?? [];
      const taskUpdates = all.filter((update) => update.data.measure === undefined && !update.data.place);
      const measures = task.measures.map((measure): MeasureView => {
        const measureUpdates = all.filter((update) => update.data.measure === measure.number);
        const places = [...new Set([...(placesByMeasure.get(`${entry.id}#${measure.number}`) ?? []).map((place) => place.id), ...measure.items.flatMap((item) => item.places)])];
        const view = { task: entry.id, measure, updates: measureUpdates, places };
        return { ...view, status: measureStatusOn({ task, updates: all, taskUpdates }, view, asOf) };
      });
      const plan = plans.get(task.plan);
      return {
        id: entry.id,
        task,
        plan,
        inspection: plan ? inspections.get(plan.data.inspection) : undefined,
        acceptanceUnit: acceptanceUnitOf(task, units),
        measures,
        updates: all,
        taskUpdates,
        status: taskStatusOn(task, taskUpdates, measures.map((view) => view.status), asOf),
      };
    })
    .sort((a, b) => a.task.plan.localeCompare(b.task.plan) || a.task.number - b.task.number);

  const tasksByFinding = groupByEachOnce(tasks, 'finding', (view) => view.task.findings);
  const plansByInspection = groupOnce(input.plans, 'inspection', (plan) => plan.data.inspection);
  // Each inspection's plan state once (a working-day count may stand behind it), shared by its findings and pages.
  const planStates = new Map(input.inspections.map((inspection) => [inspection.id, inspectionPlanState(inspection.data, plansByInspection.get(inspection.id) ?? [], asOf, calendar)]));
  const findings = [...input.findings]
    .sort((a, b) => a.data.inspection.localeCompare(b.data.inspection) || a.data.number - b.data.number || a.id.localeCompare(b.id))
    .map((entry): FindingView => {
      const inspection = inspections.get(entry.data.inspection);
      const answering = [...(tasksByFinding.get(entry.id) ?? [])];
      const plan: PlanState = planStates.get(entry.data.inspection) ?? { published: false, due: null, rule: null, daysLate: 0, counting: null };
      return { ...entry, inspection, tasks: answering, plan, state: deriveFindingState({ taskStatuses: answering.map((view) => view.status.status), plan }) };
    });

  return {
    areas,
    asOf,
    planStates,
    jurisdictions: byId(input.jurisdictions),
    units,
    documents: byId(input.documents),
    inspections: input.inspections,
    findings,
    plans: input.plans,
    tasks,
    taskById: new Map(tasks.map((view) => [view.id, view])),
    updates,
    places: input.places,
    complaints: [...input.complaints].sort((a, b) => a.data.received.localeCompare(b.data.received) || a.id.localeCompare(b.id)),
    cases: [...input.cases].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id)),
    news: [...input.news].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    indicators: [...input.indicators].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
