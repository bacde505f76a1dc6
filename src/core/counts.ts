import type { TaskView } from './ledger.ts';
import { STATUS_ORDER, type DerivedStatus } from './status.ts';

/** How many tasks and measures stand in each status, in display order, omitting empty ones. */
export function statusCounts(tasks: readonly TaskView[]): { status: DerivedStatus; tasks: number; measures: number }[] {
  return STATUS_ORDER.map((status) => ({
    status,
    tasks: tasks.filter((view) => view.status.status === status).length,
    measures: tasks.reduce((sum, view) => sum + view.measures.filter((measure) => measure.status.status === status).length, 0),
  })).filter((row) => row.tasks > 0 || row.measures > 0);
}
