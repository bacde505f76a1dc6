import type { Ledger, MeasureView, TaskView } from './ledger.ts';
import { countsUnderMembers, expandUnits, measureResponsibleUnits, taskResponsibleUnits } from './responsibility.ts';
import { isLate, STATUS_ORDER, type DerivedStatus, type StatusResult } from './status.ts';

/**
 * Counts of tasks and measures: by status, and late (逾期) ones by place and by unit. Every page
 * that counts late items (home, unit and county pages, the overdue chart, bulletins, lists) counts
 * them here, with isLate and the units of src/core/responsibility.ts, so that no two pages can
 * disagree on how many are late, or on which unit has the most.
 */

/** How many tasks and measures stand in each status, in display order, omitting empty ones. */
export function statusCounts(tasks: readonly TaskView[]): { status: DerivedStatus; tasks: number; measures: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    tasks: tasks.filter((view) => view.status.status === status).length,
    measures: tasks.reduce((sum, view) => sum + view.measures.filter((measure) => measure.status.status === status).length, 0),
  })).filter((row) => row.tasks > 0 || row.measures > 0);
}

/** A measure with its task, as lists of measures hold them. */
export interface MeasureOfTask {
  task: TaskView;
  measure: MeasureView;
}

/** Tasks and measures of one scope: a plan, a county, what a unit is responsible for. */
export interface WorkScope {
  tasks: readonly TaskView[];
  measures: readonly MeasureOfTask[];
}

/**
 * The day statuses are read on: the ledger's as-of day (`ON_AS_OF`), or a bulletin's last day
 * (statusesOn in src/core/ledger.ts), so a bulletin counts by the same rules as every page.
 */
export interface StatusReading {
  task: (view: TaskView) => StatusResult;
  measure: (pair: MeasureOfTask) => StatusResult;
}

export const ON_AS_OF: StatusReading = { task: (view) => view.status, measure: ({ measure }) => measure.status };

/** The late (逾期) tasks and measures of a scope, in its order. */
export function lateItems<Task extends TaskView, Pair extends MeasureOfTask>(
  scope: { tasks: readonly Task[]; measures: readonly Pair[] },
  reading: StatusReading = ON_AS_OF,
): { tasks: Task[]; measures: Pair[] } {
  return {
    tasks: scope.tasks.filter((view) => isLate(reading.task(view).status)),
    measures: scope.measures.filter((pair) => isLate(reading.measure(pair).status)),
  };
}

export interface LateCount {
  tasks: number;
  measures: number;
}

/** How many tasks and measures of a scope are late (逾期): the one count of late items every page shows. */
export function lateCount(scope: WorkScope, reading: StatusReading = ON_AS_OF): LateCount {
  const late = lateItems(scope, reading);
  return { tasks: late.tasks.length, measures: late.measures.length };
}

/** Every measure of some tasks, with its task. */
export function measuresOfTasks(tasks: readonly TaskView[]): MeasureOfTask[] {
  return tasks.flatMap((task) => task.measures.map((measure) => ({ task, measure })));
}

/** One unit's work in a scope and how much of it is late. */
export interface UnitLateness {
  unit: string;
  name: string;
  tasks: number;
  measures: number;
  lateTasks: number;
  lateMeasures: number;
}

export interface LatenessByUnit {
  /** Every unit with work in the scope, most late items (tasks and measures together) first, then by name. */
  units: UnitLateness[];
  /** The groups (合称) named in the scope whose work is counted under each of their members, with the members. */
  groups: { unit: string; name: string; members: string[] }[];
}

/**
 * Late tasks and measures by responsible unit: a unit counts what its own page lists (what it is
 * named responsible for at task, measure or item level), and a group's (各县（区）党委和人民政府)
 * work counts under each of its members, the group not being a unit of its own. A group whose
 * members the source does not list (市级有关部门) keeps a row. Ranked by late items, ties by name.
 */
export function latenessByUnit(ledger: Pick<Ledger, 'units'>, tasks: readonly TaskView[], reading: StatusReading = ON_AS_OF): LatenessByUnit {
  const rows = new Map<string, UnitLateness>();
  const groups = new Set<string>();
  const nameOfUnit = (id: string) => ledger.units.get(id)?.data.name ?? id;
  const count = (named: readonly string[], field: 'tasks' | 'measures', late: boolean) => {
    for (const unit of expandUnits(named, ledger.units)) {
      if (countsUnderMembers(unit, ledger.units)) {
        groups.add(unit);
        continue;
      }
      const row = rows.get(unit) ?? { unit, name: nameOfUnit(unit), tasks: 0, measures: 0, lateTasks: 0, lateMeasures: 0 };
      row[field] += 1;
      if (late) row[field === 'tasks' ? 'lateTasks' : 'lateMeasures'] += 1;
      rows.set(unit, row);
    }
  };
  for (const task of tasks) {
    count(taskResponsibleUnits(task), 'tasks', isLate(reading.task(task).status));
    for (const measure of task.measures) count(measureResponsibleUnits(measure), 'measures', isLate(reading.measure({ task, measure }).status));
  }
  return {
    units: [...rows.values()].sort((a, b) => b.lateTasks + b.lateMeasures - (a.lateTasks + a.lateMeasures) || a.name.localeCompare(b.name, 'zh-CN')),
    groups: [...groups].map((unit) => ({ unit, name: nameOfUnit(unit), members: ledger.units.get(unit)!.data.members })),
  };
}
