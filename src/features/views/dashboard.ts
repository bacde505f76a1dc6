import type { Update } from '../../schemas/update.ts';
import { daysUntil, endOfPeriod, hasBegun } from '../../core/dates.ts';
import type { Entry, MeasureView, TaskView } from '../../core/ledger.ts';
import { isDone, isLate } from '../../core/status.ts';

/** What the home page shows for one plan (首页看板): progress, what falls due soon, what was reported last. */

export interface Progress {
  tasks: number;
  /** Tasks accepted and closed out (已验收销号). */
  tasksClosed: number;
  /** Tasks completed or closed out. */
  tasksDone: number;
  measures: number;
  measuresDone: number;
  /** Tasks and measures behind schedule or past their deadline without close-out. */
  tasksLate: number;
  measuresLate: number;
  /** Tasks and measures a look-back found not rectified, not completed again since (重新整改). */
  tasksReopened: number;
  measuresReopened: number;
}

/** Counts for a progress summary; done means reported 已完成 or 已验收销号, never derived from dates. */
export function progressOf(tasks: readonly TaskView[]): Progress {
  const measures = tasks.flatMap((view) => view.measures);
  return {
    tasks: tasks.length,
    tasksClosed: tasks.filter((view) => view.status.status === '已验收销号').length,
    tasksDone: tasks.filter((view) => isDone(view.status.status)).length,
    measures: measures.length,
    measuresDone: measures.filter((measure) => isDone(measure.status.status)).length,
    tasksLate: tasks.filter((view) => isLate(view.status.status)).length,
    measuresLate: measures.filter((measure) => isLate(measure.status.status)).length,
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
 * its task's deadline and is not listed twice.
 */
export function upcomingDeadlines(tasks: readonly TaskView[], asOf: string, days = 90): UpcomingDeadline[] {
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
      if (!due || isDone(measure.status.status)) continue;
      const left = within(due);
      if (left !== null) rows.push({ task, measure, due, end: endOfPeriod(due), daysLeft: left });
    }
  }
  return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.task.task.number - b.task.task.number || (a.measure?.measure.number ?? 0) - (b.measure?.measure.number ?? 0));
}

/** The latest updates published by the as-of day, newest first (an update dated later is not yet shown). */
export function latestUpdates(updates: readonly Entry<Update>[], asOf: string, limit = 5): Entry<Update>[] {
  return updates
    .filter((update) => hasBegun(update.data.date, asOf))
    .sort((a, b) => b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id))
    .slice(0, limit);
}
