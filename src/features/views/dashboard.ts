import type { Update } from '../../schemas/update.ts';
import { daysUntil, endOfPeriod, hasBegun } from '../../core/dates.ts';
import type { Entry, MeasureView, TaskView } from '../../core/ledger.ts';
import { lateCount, measuresOfTasks, type WorkScope } from '../../core/counts.ts';
import { compareReports, isDone } from '../../core/status.ts';

/** What the home page shows for one plan (首页看板): progress, what falls due soon, what was reported last. */

export interface Progress {
  tasks: number;
  /** Tasks accepted and closed out (已验收销号). */
  tasksClosed: number;
  /** Tasks completed or closed out. */
  tasksDone: number;
  measures: number;
  measuresDone: number;
  /** Late (逾期) tasks and measures (lateCount in src/core/counts.ts). */
  tasksLate: number;
  measuresLate: number;
  /** Tasks and measures a look-back found not rectified, not completed again since (重新整改). */
  tasksReopened: number;
  measuresReopened: number;
}

/** Counts for a progress summary; done means reported 已完成 or 已验收销号, never derived from dates. */
export function progressOf(tasks: readonly TaskView[]): Progress {
  const measures = tasks.flatMap((view) => view.measures);
  const late = lateCount({ tasks, measures: measuresOfTasks(tasks) });
  return {
    tasks: tasks.length,
    tasksClosed: tasks.filter((view) => view.status.status === '已验收销号').length,
    tasksDone: tasks.filter((view) => isDone(view.status.status)).length,
    measures: measures.length,
    measuresDone: measures.filter((measure) => isDone(measure.status.status)).length,
    tasksLate: late.tasks,
    measuresLate: late.measures,
    tasksReopened: tasks.filter((view) => view.status.status === '重新整改').length,
    measuresReopened: measures.filter((measure) => measure.status.status === '重新整改').length,
  };
}

/** A whole percentage of a part, 0 for an empty whole (never NaN on the page). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

export interface UpcomingDeadline {
  task: TaskView;
  /** The measure, when the deadline is a measure's own due date. */
  measure?: MeasureView;
  due: string;
  /** The last day the due date covers (`2022-12` → `2022-12-31`). */
  end: string;
  daysLeft: number;
}

/**
 * Tasks and measures not yet done whose deadline ends within the next `days` days of the
 * as-of day (today included), soonest first. A measure without its own due date falls under
 * its task's deadline and is not listed twice. Given `measures`, only those of the tasks' measures
 * count (a county's or a unit's share of a task).
 */
export function upcomingDeadlines(tasks: readonly TaskView[], asOf: string, days = 90, measures?: ReadonlySet<MeasureView>): UpcomingDeadline[] {
  const rows: UpcomingDeadline[] = [];
  const within = (due: string) => {
    const left = daysUntil(due, asOf);
    return left >= 0 && left <= days ? left : null;
  };
  for (const task of tasks) {
    const month = task.task.deadline.month;
    if (month && !isDone(task.status.status)) {
      const left = within(month);
      if (left !== null) rows.push({ task, due: month, end: endOfPeriod(month), daysLeft: left });
    }
    for (const measure of task.measures) {
      const due = measure.measure.due;
      if (!due || isDone(measure.status.status) || (measures && !measures.has(measure))) continue;
      const left = within(due);
      if (left !== null) rows.push({ task, measure, due, end: endOfPeriod(due), daysLeft: left });
    }
  }
  return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.task.task.number - b.task.task.number || (a.measure?.measure.number ?? 0) - (b.measure?.measure.number ?? 0));
}

/** The next deadline of a scope (a county's, a unit's tasks and measures) not yet done, and how many items fall due that day; undefined when none is ahead. */
export function nextDeadline(scope: WorkScope, asOf: string): { next: UpcomingDeadline; sameDay: number } | undefined {
  const rows = upcomingDeadlines(scope.tasks, asOf, Infinity, new Set(scope.measures.map(({ measure }) => measure)));
  const next = rows[0];
  return next ? { next, sameDay: rows.filter((row) => row.end === next.end).length } : undefined;
}

/** The latest updates published by the as-of day, newest first (an update dated later is not yet shown). */
export function latestUpdates(updates: readonly Entry<Update>[], asOf: string, limit = 5): Entry<Update>[] {
  return updates
    .filter((update) => hasBegun(update.data.date, asOf))
    .sort((a, b) => compareReports(b, a))
    .slice(0, limit);
}
