import type { Ledger, TaskView } from '../../core/ledger.ts';
import type { ChartSpec } from '../charts/index.ts';

export interface ChartPage {
  /** The task a measure-target chart comes from; other charts have none. */
  task: TaskView | undefined;
}

/** What a chart's own page shows besides the chart: the task its targets come from (targets/<task>/measure-N). */
export function chartPage(ledger: Ledger, spec: ChartSpec): ChartPage {
  const taskId = /^targets\/(.+)\/measure-\d+(?:-\d+)?$/.exec(spec.id)?.[1];
  return { task: taskId ? ledger.taskById.get(taskId) : undefined };
}
